#!/usr/bin/env bash
# Pipeline overhead on RabbitMQ: every service its own process (./kino up --distributed), jobs one at a time.
set -euo pipefail
cd "$(dirname "$0")/.."
./kino build
DATA="$(mktemp -d)"
export Kino__Bus__RabbitMqVirtualHost=kino-bench-overhead
KINO_API_KEY=sk-kino-bench setsid ./kino up --distributed --no-build --port 9300 --data "$DATA" >/tmp/bench-overhead.log 2>&1 & PID=$!
trap 'kill -TERM -- -$PID 2>/dev/null; sleep 2; rm -rf "$DATA"; RABBITMQ_NODENAME=rabbit@localhost rabbitmqctl -q delete_vhost kino-bench-overhead' EXIT
for port in 9300 $(seq 9401 9408); do until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do sleep 0.3; done; done
KINO_URL=http://127.0.0.1:9300 KINO_API_KEY=sk-kino-bench python3 bench/overhead.py
