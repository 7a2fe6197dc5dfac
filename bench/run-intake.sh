#!/usr/bin/env bash
# Intake benchmark: POST /v1/videos requests/s and latency with gateway + orchestrator + RabbitMQ only
# (no stage workers), beside a bare Kestrel POST endpoint as the ceiling, in one run.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-15s}" THREADS="${THREADS:-2}" CONNECTIONS="${CONNECTIONS:-32}"
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
./kino build
export RABBITMQ_NODENAME=rabbit@localhost
rabbitmqctl -q status >/dev/null 2>&1 || { (rabbitmq-server >/tmp/kino-rabbitmq.log 2>&1 &); sleep 3; rabbitmqctl -q await_startup; }
rabbitmqctl -q add_vhost kino-bench-intake 2>/dev/null || true; rabbitmqctl -q set_permissions -p kino-bench-intake guest ".*" ".*" ".*"
export Kino__Bus__RabbitMqVirtualHost=kino-bench-intake
DATA="$(mktemp -d)"; export KINO_API_KEY=sk-kino-bench KINO_BENCH_KEY=sk-kino-bench
export Kino__Bus__Transport=RabbitMq Kino__Storage__DataDirectory="$DATA" Kino__InternalToken=bench
dotnet services/orchestrator/bin/Release/net10.0/Kino.Orchestrator.dll --urls http://127.0.0.1:9101 >/tmp/bench-orch.log 2>&1 & ORCH=$!
dotnet services/gateway/bin/Release/net10.0/Kino.Gateway.dll --urls http://127.0.0.1:9100 >/tmp/bench-gw.log 2>&1 & GW=$!
dotnet bench/BareKestrel/bin/Release/net10.0/BareKestrel.dll --urls http://127.0.0.1:9200 >/dev/null 2>&1 & BARE=$!
trap 'kill $ORCH $GW $BARE 2>/dev/null; rm -rf "$DATA"; rabbitmqctl -q delete_vhost kino-bench-intake' EXIT
for port in 9100 9101 9200; do until curl -sf -o /dev/null -X POST "http://127.0.0.1:$port/health/ready" -o /dev/null || curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" || curl -s -o /dev/null -w '%{http_code}' -X POST http://127.0.0.1:$port/v1/videos | grep -q 200; do sleep 0.3; done; done
echo "== warm-up"; wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s bench/intake.lua http://127.0.0.1:9100/v1/videos >/dev/null
echo "== bare Kestrel POST (ceiling)"; wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/intake.lua http://127.0.0.1:9200/v1/videos
echo "== Kino gateway POST /v1/videos (gateway + orchestrator + RabbitMQ, no stage workers)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/intake.lua http://127.0.0.1:9100/v1/videos
echo "== non-2xx responses in the gateway log: $(grep -c ' 5[0-9][0-9] ' /tmp/bench-gw.log || true)"
