#!/usr/bin/env bash
# `./kino up` from an already-built tree to a ready API (GET /health/ready = 200), a few times.
set -euo pipefail
cd "$(dirname "$0")/.."
./kino build
for i in 1 2 3; do
  DATA="$(mktemp -d)"
  start=$(date +%s%N)
  KINO_API_KEY=sk-kino-bench setsid ./kino up --port 9500 --data "$DATA" >/dev/null 2>&1 & PID=$!
  until curl -sf -o /dev/null http://127.0.0.1:9500/health/ready; do sleep 0.05; done
  echo "run $i: ready in $(( ($(date +%s%N) - start) / 1000000 )) ms"
  kill -TERM -- -$PID; wait $PID 2>/dev/null || true; rm -rf "$DATA"
done
