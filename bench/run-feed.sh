#!/usr/bin/env bash
# The feed's ranking: the simulated-user evaluation (personalised against popularity and chronological, same run) and
# the speed benchmark at 100,000 videos and 10,000 users (ingest rate, page latency from 2 threads, memory).
# Figures and what they mean: docs/feed.md. Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./kino build
F=services/feed/bin/Release/net10.0/Kino.Feed.dll
dotnet "$F" evaluate --seed 1 --users 2000 --steps 168
dotnet "$F" benchmark --videos 100000 --users 10000
