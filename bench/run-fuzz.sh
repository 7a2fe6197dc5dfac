#!/usr/bin/env bash
# Fuzzes Kino's parsers of untrusted input with AFL++ and SharpFuzz, one target after another, from the kept corpus.
#   bench/run-fuzz.sh [TARGET|all] [SECONDS per target]      targets: bmff jumbf cbor multipart image prompt
# Installs afl++ (Debian) when missing and restores the SharpFuzz instrumenter (the repository's dotnet tool manifest).
# Findings go to .kino/fuzz/<target>/default/{crashes,hangs,queue}; copy a crash into tests/fuzz/corpus/<target>/
# (crash-<cause>.<ext>) once fixed, so the replay test keeps it. Prints one markdown table row per target.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${1:-all}" SECONDS_PER_TARGET="${2:-600}"
TARGETS=(bmff jumbf cbor multipart image prompt)
[ "$TARGET" = all ] || TARGETS=("$TARGET")

command -v afl-fuzz >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null; }
dotnet build tests/fuzz/Kino.Fuzz -c Release -nologo -v quiet -clp:ErrorsOnly >&2
BIN=.kino/fuzz/bin
tests/fuzz/afl.sh instrument "$BIN"

stat() { grep -E "^$2 " "$1" | sed 's/.*: //'; }
echo "| Target | Run time | Executions | Execs/s | Corpus (paths) | Crashes | Hangs |"
echo "|---|---|---|---|---|---|---|"
for target in "${TARGETS[@]}"; do
  out=".kino/fuzz/$target"
  rm -rf "$out"
  tests/fuzz/afl.sh run "$BIN" "$target" "$SECONDS_PER_TARGET" "$out"
  stats="$out/default/fuzzer_stats"
  runtime=$(stat "$stats" run_time) execs=$(stat "$stats" execs_done)
  printf '| %s | %d min %02d s | %s | %.0f | %s | %s | %s |\n' "$target" $((runtime / 60)) $((runtime % 60)) "$execs" \
    "$(echo "$execs $runtime" | awk '{ print ($2 > 0 ? $1 / $2 : 0) }')" \
    "$(stat "$stats" corpus_count)" "$(stat "$stats" saved_crashes)" "$(stat "$stats" saved_hangs)"
done
