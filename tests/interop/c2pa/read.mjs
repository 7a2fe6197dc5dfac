// Reads an asset with c2pa-rs (WebAssembly) and prints its verdict as JSON:
//   node read.mjs FILE [ANCHORS.pem|-]   ("-": verify trust with no anchor; no argument: trust not checked)
// Remote manifest and OCSP fetches are off: tests run without network.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { initSync, WasmReader } from '@contentauth/c2pa-wasm';

const require = createRequire(import.meta.url);
initSync({ module: fs.readFileSync(require.resolve('@contentauth/c2pa-wasm/c2pa.wasm')) });
const [file, anchors] = process.argv.slice(2);
const settings = { verify: { verify_trust: anchors !== undefined, remote_manifest_fetch: false, ocsp_fetch: false } };
if (anchors && anchors !== '-') settings.trust = { user_anchors: fs.readFileSync(anchors, 'utf8') };
const bytes = new Uint8Array(fs.readFileSync(file));
try {
  const reader = await WasmReader.fromBytes('video/mp4', bytes, JSON.stringify(settings));
  const store = JSON.parse(reader.json());
  const results = store.validation_results?.activeManifest ?? { success: [], failure: [], informational: [] };
  console.log(JSON.stringify({
    validation_state: store.validation_state,
    failure: results.failure.map(f => f.code),
    success: results.success.map(s => s.code),
    informational: (results.informational ?? []).map(i => i.code),
    active_manifest: store.active_manifest ?? null,
  }));
} catch (e) {
  // c2pa-rs reports a file without a manifest store as an error (JumbfNotFound).
  const missing = /JumbfNotFound|ManifestNotFound/.test(String(e));
  console.log(JSON.stringify({ validation_state: missing ? 'not_present' : 'error', error: String(e), failure: [], success: [], informational: [] }));
}
