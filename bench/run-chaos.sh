#!/usr/bin/env bash
# The chaos scenario in its long form: 50 jobs in flight on ./kino up --distributed with a RabbitMQ node of its own; every
# service is SIGKILLed once and RabbitMQ restarted once, each while it holds work; every job must complete exactly once.
# The same test CI runs with 10 jobs (tests/Kino.Tests/Chaos). Report: .kino/bench/chaos.md
#   bench/run-chaos.sh [JOBS=50] [SEED=random]
set -euo pipefail
cd "$(dirname "$0")/.."
./kino build
mkdir -p .kino/bench
export KINO_CHAOS_JOBS="${1:-50}" KINO_CHAOS_REPORT="$PWD/.kino/bench/chaos.md"
[ -n "${2:-}" ] && export KINO_CHAOS_SEED="$2"
tests/Kino.Tests/bin/Release/net10.0/Kino.Tests -class Kino.Tests.Chaos.ChaosTests -showLiveOutput
cat "$KINO_CHAOS_REPORT"
