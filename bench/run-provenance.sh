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
  measure() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
  read -r s_t s_m <<<"$(measure dotnet "$P" sign "$W/in-$mb.mp4" "$W/signed-$mb.mp4" "$W/keys")"
  read -r v_t v_m <<<"$(measure dotnet "$P" verify "$W/signed-$mb.mp4" "$W/keys/kino-dev-ca.pem")"
  read -r r_t r_m <<<"$(measure node tests/interop/c2pa/read.mjs "$W/signed-$mb.mp4" "$W/keys/kino-dev-ca.pem")"
  read -r n_t n_m <<<"$(measure dotnet "$P" verify "$W/in-$mb.mp4")"
  echo "file $((size / 1000000)) MB | Kino sign ${s_t}s ${s_m}KB | Kino verify ${v_t}s ${v_m}KB | c2pa-rs verify ${r_t}s ${r_m}KB | Kino process start + no-manifest check ${n_t}s ${n_m}KB"
done
openssl speed -seconds 3 -bytes 16384 sha256 2>/dev/null | tail -1
