// Signs an MP4 with c2pa-rs's Builder (WebAssembly): c2pa-rs lays out the manifest and asks a callback to sign the claim;
// the callback runs a COSE_Sign1 signer command given on the command line (stdin: claim bytes, stdout: COSE_Sign1).
//   node sign.mjs IN OUT -- COMMAND [ARGS...]
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { initSync, WasmBuilder } from '@contentauth/c2pa-wasm';

// The Builder reads its source through the browser's FileReaderSync, which Node lacks: give it one over Blobs whose
// bytes we hold.
class BytesBlob extends Blob {
  constructor(bytes, type = '') { super([bytes], { type }); this.bytes = bytes; }
  slice(start = 0, end = this.bytes.length, type = '') { return new BytesBlob(this.bytes.subarray(start, end), type); }
}
globalThis.FileReaderSync = class {
  readAsArrayBuffer(blob) { return blob.bytes.buffer.slice(blob.bytes.byteOffset, blob.bytes.byteOffset + blob.bytes.byteLength); }
};

const require = createRequire(import.meta.url);
initSync({ module: fs.readFileSync(require.resolve('@contentauth/c2pa-wasm/c2pa.wasm')) });
const args = process.argv.slice(2);
const [input, output] = args;
const command = args.slice(args.indexOf('--') + 1);
const definition = {
  claim_generator_info: [{ name: 'c2pa-rs referee', version: '0.91.3' }],
  title: 'signed by c2pa-rs',
  assertions: [{ label: 'c2pa.actions', data: { actions: [{ action: 'c2pa.created', digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture' }] } }],
};
const builder = WasmBuilder.fromJson(JSON.stringify(definition), JSON.stringify({ verify: { verify_after_sign: false } }));
function signWithCommand(bytes) {
  const run = spawnSync(command[0], command.slice(1), { input: Buffer.from(bytes), maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`signer failed: ${run.stderr}`);
  return new Uint8Array(run.stdout);
}
// c2pa-rs hashes the file with a placeholder of reserveSize bytes for the signature. It cannot pad a COSE_Sign1 that
// a callback returns, so the reserve must be the signature's exact size, or every box after the manifest moves and the
// BMFF hash (which covers box offsets) no longer matches. An ES256 COSE_Sign1 from one key always has the same size.
const reserveSize = signWithCommand(new Uint8Array([0])).length;
const signer = { alg: 'es256', reserveSize, sign: async (bytes) => signWithCommand(bytes) };
const signed = await builder.sign(signer, null, 'video/mp4', new BytesBlob(new Uint8Array(fs.readFileSync(input)), 'video/mp4'));
fs.writeFileSync(output, Buffer.from(signed));
console.log(JSON.stringify({ signed: output }));
