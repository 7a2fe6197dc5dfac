#!/usr/bin/env bash
# What a cameo upload costs: face detection (OpenCV's Haar cascade, evaluated by Kino) on a photograph at three sizes,
# and the whole likeness extraction (frames, faces, crop, voice) from a 3 s speaking video. Run on an idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./kino build
C=services/cameo/bin/Release/net10.0/Kino.Cameo.dll
photo=.kino/fixtures/astronaut.png
[ -f "$photo" ] || { echo "run ./kino test once first (it fetches the test photographs)" >&2; exit 1; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
espeak-ng -v en+f2 -p 60 -w "$work/voice.wav" "Hello, this is my voice. I am happy to be in your video, as long as you ask me first."
ffmpeg -v error -y -loop 1 -i "$photo" -i "$work/voice.wav" -vf "scale=480:480,zoompan=z='1+0.0015*on':d=1:s=480x480:fps=24" \
  -t 3 -c:v libx264 -pix_fmt yuv420p -c:a aac -shortest "$work/face.mp4"
dotnet "$C" benchmark --photo "$photo" --video "$work/face.mp4" --runs 7
