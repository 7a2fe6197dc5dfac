import { defineConfig } from "vite";

// The gateway serves the built app from webapp/ at "/": one origin with the API, no CDN, no network at run time.
export default defineConfig({
  build: { outDir: "../webapp", emptyOutDir: true, assetsInlineLimit: 0, sourcemap: false },
});
