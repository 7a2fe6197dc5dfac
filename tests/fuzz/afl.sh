#!/usr/bin/env bash
# AFL++ on Kino's fuzz harness, shared by the CI smoke test (FuzzSmokeTests) and the long run (bench/run-fuzz.sh).
#   tests/fuzz/afl.sh instrument DIR                  copy the built harness to DIR and instrument the code under test
#   tests/fuzz/afl.sh run DIR TARGET SECONDS OUT      fuzz TARGET for SECONDS from its kept corpus; findings in OUT/default
# Needs afl-fuzz (Debian's afl++) and the SharpFuzz instrumenter (the repository's dotnet tool manifest).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HARNESS="$ROOT/tests/fuzz/Kino.Fuzz/bin/Release/net10.0"
# The assemblies whose branches guide the fuzzer: Kino's readers and the image-header library the gateway trusts.
INSTRUMENTED=(Kino.Provenance.dll Kino.Gateway.dll Kino.Moderation.dll MetadataExtractor.dll)

case "${1:-}" in
  instrument)
    dir="$2"
    [ -f "$HARNESS/Kino.Fuzz.dll" ] || { echo "afl.sh: build tests/fuzz/Kino.Fuzz (Release) first" >&2; exit 1; }
    rm -rf "$dir" && mkdir -p "$dir" && cp -r "$HARNESS/." "$dir"
    (cd "$ROOT" && dotnet tool restore >/dev/null)
    for assembly in "${INSTRUMENTED[@]}"; do (cd "$ROOT" && dotnet tool run sharpfuzz "$dir/$assembly" >/dev/null); done
    ;;
  run)
    dir="$2" target="$3" seconds="$4" out="$5"
    mkdir -p "$out"
    # A container has no CPU frequency governor or core dumps to hand, and a shared machine no free core to pin to.
    export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
    # .NET starts in seconds, longer when the machine is busy; the prompt target loads the classifier first.
    export AFL_FORKSRV_INIT_TMOUT=60000
    # -V stops after SECONDS (afl-fuzz stops its target too); -t is per input: longer is a hang.
    afl-fuzz -V "$seconds" -i "$ROOT/tests/fuzz/corpus/$target" -o "$out" -t 5000 -m none -- dotnet "$dir/Kino.Fuzz.dll" "$target" >"$out/afl.log" 2>&1 \
      || { tail -n 30 "$out/afl.log" >&2; exit 1; }
    ;;
  *)
    echo "usage: tests/fuzz/afl.sh instrument DIR | run DIR TARGET SECONDS OUT" >&2
    exit 2
    ;;
esac
