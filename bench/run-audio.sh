#!/usr/bin/env bash
# The audio stage's rendering speed against real time (4, 8 and 12 s clips; plan, speech, ambience, music, mix,
# loudness) and the lip-sync stage's cost per 720x1280 frame (tracking, drawing, x264, the sync metric).
# Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./kino build
A=services/audio-synthesis/bin/Release/net10.0/Kino.AudioSynthesis.dll
L=services/lip-sync/bin/Release/net10.0/Kino.LipSync.dll
for s in 4 8 12; do dotnet "$A" benchmark --seconds "$s" --runs 8; done
dotnet "$L" benchmark --size 720x1280 --seconds 4 --runs 3
dotnet "$L" benchmark --size 1280x720 --seconds 4 --runs 3
