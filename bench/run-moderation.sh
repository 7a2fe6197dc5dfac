#!/usr/bin/env bash
# Moderation on this machine: the in-process prompt check (normalise, lexicons, rules, classifier, mentions) over the
# held-out test set's 2,167 prompts, 5 rounds — per-prompt latency on one thread, then throughput on every core;
# then the quality report on the same set. Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./kino build
dotnet services/moderation/bin/Release/net10.0/Kino.Moderation.dll benchmark --rounds "${ROUNDS:-5}"
dotnet services/moderation/bin/Release/net10.0/Kino.Moderation.dll evaluate --report /tmp/kino-moderation-eval.json \
  | python3 -c 'import json,sys; r=json.load(sys.stdin); print(json.dumps({k: r[k] for k in ("policyVersion","prompts","falsePositiveRate","stoppedRateByKind","stoppedRateByLanguage")}, indent=2))'
