#!/usr/bin/env bash
# The watermark on Kino's own generated clips (the shipped video model's picture and the audio stage's sound track for
# the same prompt, as the pipeline makes them; half portrait 720x1280, half landscape 1280x720):
#   (1) robustness: each of the first MARKED clips is marked with a random key and put through every attack;
#   (2) false positives: random windows and crops of the other clips, which are never marked;
#   (3) speed: embedding a 12 s 720x1280 clip, and reading 2 s of one.
# Run it on an otherwise idle machine (about 30 minutes on 2 cores). Report: /tmp/kino-bench-watermark.json
set -euo pipefail
cd "$(dirname "$0")/.."
./kino build
CLIPS=${CLIPS:-36}; MARKED=${MARKED:-12}; VIDEO_TRIALS=${VIDEO_TRIALS:-210}; AUDIO_TRIALS=${AUDIO_TRIALS:-210}
D="$(mktemp -d)"; trap 'rm -rf "$D"' EXIT
# Copies of the binaries, so rebuilding the tree while this runs does not pull them away.
cp -r services/watermark/bin/Release/net10.0 "$D/watermark"; cp -r services/video-diffusion/bin/Release/net10.0 "$D/video"
cp -r services/audio-synthesis/bin/Release/net10.0 "$D/audio"
W="$D/watermark/Kino.Watermark.dll"; V="$D/video/Kino.VideoDiffusion.dll"; A="$D/audio/Kino.AudioSynthesis.dll"
prompts=("A red circle bounces at night" "A golden retriever runs along a beach at sunset" "Two friends talk in a busy cafe, Mia says \"Look at the rain\""
  "A paper boat drifts down a rainy street" "Snow falls on a quiet mountain village" "A cyclist rides through a forest in autumn"
  "Waves crash against a lighthouse in a storm" "A cat watches birds from a sunny window" "Fireworks over a city river at night"
  "A chef flips pancakes in a small kitchen" "A green square slides across a desert" "Children fly kites on a windy hill")
for i in $(seq 0 $((CLIPS - 1))); do
  p="${prompts[$((i % ${#prompts[@]}))]}"; size=$([ $((i % 2)) = 0 ] && echo 720x1280 || echo 1280x720)
  dotnet "$V" generate "$p" "$D/silent-$i.mp4" --seed $((i + 1)) --size "$size" --weights services/video-diffusion/weights >/dev/null
  dotnet "$A" render "$p" "$D/sound-$i.wav" --seconds 4 --seed $((i + 1)) >/dev/null
  ffmpeg -hide_banner -loglevel error -y -i "$D/silent-$i.mp4" -i "$D/sound-$i.wav" -map 0:v -map 1:a -c:v copy -c:a aac -b:a 128k \
    -t 4 -movflags +faststart "$D/clip-$i.mp4"
done
marked=(); unmarked=()
for i in $(seq 0 $((CLIPS - 1))); do if [ "$i" -lt "$MARKED" ]; then marked+=("$D/clip-$i.mp4"); else unmarked+=("$D/clip-$i.mp4"); fi; done
# ATTACKS (names, space-separated) limits the attacks; an empty unmarked set skips the false-positive part.
dotnet "$W" benchmark --marked "${marked[@]}" ${unmarked:+--unmarked "${unmarked[@]}"} --video-trials "$VIDEO_TRIALS" --audio-trials "$AUDIO_TRIALS" \
  ${ATTACKS:+--attacks $ATTACKS} --report /tmp/kino-bench-watermark.json >/dev/null
# Speed: a 12 s portrait clip (three generated clips joined), embedded three times; then 2 s of it read three times.
printf "file '%s'\n" "$D/clip-0.mp4" "$D/clip-2.mp4" "$D/clip-4.mp4" > "$D/list.txt"
ffmpeg -hide_banner -loglevel error -y -f concat -safe 0 -i "$D/list.txt" -c copy "$D/long.mp4"
for run in 1 2 3; do /usr/bin/time -f "embed 12 s (288 frames): %e s wall, %M KB" dotnet "$W" embed "$D/long.mp4" "$D/long-marked.mp4" 2>&1 | tr '\n' ' '; echo; done
for run in 1 2 3; do /usr/bin/time -f "read 2 s: %e s wall, %M KB" dotnet "$W" read "$D/long-marked.mp4" --seconds 2 2>&1 | grep -o '"ms":[0-9.]*\|read 2 s.*' | tr '\n' ' '; echo; done
cat /tmp/kino-bench-watermark.json
