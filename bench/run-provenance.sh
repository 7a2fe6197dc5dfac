#!/usr/bin/env bash
# C2PA signing and verification of a ~10 MB and a ~200 MB MP4: Kino (sign, verify) beside c2pa-rs (WebAssembly via Node:
# verify), with wall time and peak memory (GNU time), and this machine's SHA-256 throughput (OpenSSL, 16 KB blocks).
# Run it on an otherwise idle machine. Needs: ffmpeg, node, npm, /usr/bin/time, openssl.
set -euo pipefail
cd "$(dirname "$0")/.."
./kino build
npm ci --prefix tests/interop/c2pa --no-audit --no-fund --loglevel=error >/dev/null
W="$(mktemp -d)"; trap 'rm -rf "$W"' EXIT
P=services/provenance/bin/Release/net10.0/Kino.Provenance.dll
# ~10 MB: 10 s at 8 Mbit/s; ~200 MB: lossless H.264 (the test pattern compresses too well at any bitrate).
for mb in 10 200; do
  if [ "$mb" = 10 ]; then opts=(-t 10 -c:v libx264 -preset ultrafast -b:v 8M -maxrate 8M -bufsize 8M)
  else opts=(-t 130 -c:v libx264 -preset ultrafast -qp 0); fi
  ffmpeg -y -v error -f lavfi -i "testsrc2=s=1280x720:r=24" -f lavfi -i "anoisesrc=c=pink" "${opts[@]}" -c:a aac -movflags +faststart "$W/in-$mb.mp4"
  size=$(stat -c %s "$W/in-$mb.mp4")
  # GNU time gives the whole process (wall, peak RSS); Kino also prints its in-process time on stderr.
  measure() { /usr/bin/time -f "%e s, %M KB" "$@" 2>&1 >/dev/null | tr '\n' ' '; }
  echo "== $((size / 1000000)) MB"
  echo "Kino sign:       $(measure dotnet "$P" sign "$W/in-$mb.mp4" "$W/signed-$mb.mp4" "$W/keys")"
  echo "Kino verify:     $(measure dotnet "$P" verify "$W/signed-$mb.mp4" "$W/keys/kino-dev-ca.pem")"
  echo "Kino verify ×5:  $(measure dotnet "$P" verify "$W/signed-$mb.mp4" "$W/keys/kino-dev-ca.pem" --repeat 5)"
  echo "Kino start only: $(measure dotnet "$P" verify "$W/in-$mb.mp4")"
  echo "c2pa-rs sign:    $(measure node tests/interop/c2pa/sign.mjs "$W/in-$mb.mp4" "$W/rs-$mb.mp4" -- dotnet "$P" cose-sign "$W/keys")"
  echo "c2pa-rs verify:  $(measure node tests/interop/c2pa/read.mjs "$W/signed-$mb.mp4" "$W/keys/kino-dev-ca.pem")"
done
openssl speed -seconds 3 -bytes 16384 sha256 2>/dev/null | tail -1
