#!/usr/bin/env bash
# The video model on this machine: (1) base model, super-resolution and resampling timed separately for a 4 s
# 720x1280 clip, with the process's peak memory; (2) a whole job through ./kino up (all-in-one), request to the
# finished MP4, jobs one at a time. Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./kino build
dotnet services/video-diffusion/bin/Release/net10.0/Kino.VideoDiffusion.dll benchmark --size 720x1280 --seconds 4 --runs 5 \
  --weights services/video-diffusion/weights --report /tmp/kino-bench-video.json | grep -v '^ '
DATA="$(mktemp -d)"
KINO_API_KEY=sk-kino-bench setsid ./kino up --no-build --port 9310 --data "$DATA" >/tmp/bench-video.log 2>&1 & PID=$!
trap 'kill -TERM -- -$PID 2>/dev/null; sleep 2; rm -rf "$DATA"' EXIT
until curl -sf -o /dev/null http://127.0.0.1:9310/health/ready; do sleep 0.3; done
KINO_URL=http://127.0.0.1:9310 KINO_API_KEY=sk-kino-bench JOBS=6 python3 bench/overhead.py
