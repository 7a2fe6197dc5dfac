#!/usr/bin/env bash
# The whole platform under load: ./kino up --distributed (every service its own process, RabbitMQ), then virtual users
# mixing create, poll, feed and engagement (bench/LoadTest). Figures go to .kino/bench/load/summary.md, samples to CSV,
# and the plot (progress, queue depths, CPU per process over time) to docs/plots/load.svg.
#   bench/run-load.sh [USERS=20] [MINUTES=10] [JOBS_PER_MINUTE=15]
set -euo pipefail
cd "$(dirname "$0")/.."
USERS="${1:-20}" MINUTES="${2:-10}" JPM="${3:-15}"
command -v gnuplot >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gnuplot-nox >/dev/null; }
./kino build
OUT=.kino/bench/load DATA="$(mktemp -d)" KEY=sk-kino-bench-load
rm -rf "$OUT" && mkdir -p "$OUT" docs/plots
export Kino__Bus__RabbitMqVirtualHost=kino-bench-load
KINO_API_KEY=$KEY setsid ./kino up --distributed --no-build --port 9500 --data "$DATA" >"$OUT/platform.log" 2>&1 & PID=$!
trap 'kill -TERM -- -$PID 2>/dev/null; sleep 3; rm -rf "$DATA"; RABBITMQ_NODENAME=rabbit@localhost rabbitmqctl -q delete_vhost kino-bench-load' EXIT
for port in 9500 $(seq 9601 9610); do until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do sleep 0.3; done; done
dotnet bench/LoadTest/bin/Release/net10.0/Kino.LoadTest.dll --url http://127.0.0.1:9500 --admin-key "$KEY" --users "$USERS" \
  --minutes "$MINUTES" --jobs-per-minute "$JPM" --vhost kino-bench-load --output "$OUT"
gnuplot -e "folder='$OUT'" bench/load.gnuplot > docs/plots/load.svg
echo "plot: docs/plots/load.svg"
