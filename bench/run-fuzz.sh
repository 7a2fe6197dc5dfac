#!/usr/bin/env bash
# Fuzzes one of Kino's C2PA readers with AFL++ and SharpFuzz for a while, starting from the kept corpus.
#   bench/run-fuzz.sh [bmff|jumbf|cbor] [SECONDS]
# Installs afl++ (Debian) and the SharpFuzz instrumenter (a NuGet dotnet tool) when missing. Findings go to
# .kino/fuzz/<target>/; copy any crash into tests/fuzz/corpus/<target>/ so the replay test keeps it as a regression.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${1:-bmff}" SECONDS_TO_RUN="${2:-600}"
command -v afl-fuzz >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null; }
export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine >/dev/null
./kino build
OUT=".kino/fuzz/$TARGET"; BIN=".kino/fuzz/bin"
rm -rf "$BIN" && mkdir -p "$OUT" && cp -r tests/fuzz/Kino.Fuzz/bin/Release/net10.0 "$BIN"
sharpfuzz "$BIN/Kino.Provenance.dll" >/dev/null   # instrument the code under test (not the harness)
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1
timeout --preserve-status "$SECONDS_TO_RUN" afl-fuzz -i "tests/fuzz/corpus/$TARGET" -o "$OUT" -t 10000 -m none -- dotnet "$BIN/Kino.Fuzz.dll" "$TARGET" || true
grep -E "execs_done|run_time|saved_crashes|saved_hangs|corpus_count" "$OUT/default/fuzzer_stats" || true
