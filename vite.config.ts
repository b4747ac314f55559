import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { fileURLToPath } from 'node:url';
import manifest from './manifest.json' with { type: 'json' };

// Preact's JSX runtime is selected in tsconfig.json (jsxImportSource), which Vite's
// transformer reads; no Babel preset is needed.
export default defineConfig({
  plugins: [
    crx({
      manifest: manifest as never,
      // The content script is one self-contained classic script (IIFE): no loader that imports
      // chunks through web_accessible_resources, so pages cannot load or fingerprint our files,
      // and the same file can be registered for the sites a user turns on from the popup.
      contentScripts: { standaloneFiles: ['src/content/main.ts'] },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome116',
    // Extension pages never fetch anything: no module preload polyfill (it would fetch()).
    modulePreload: { polyfill: false },
  },
  resolve: {
    // sentiment's English module with its word list as one JSON.parse instead of thousands of
    // bundled getters (src/vendor/sentiment-en.ts says why). An alias, not a plugin, because the
    // content script's own build (crxjs's IIFE build) takes the resolve options but no plugins.
    alias: { 'sentiment/languages/en/index.js': fileURLToPath(new URL('src/vendor/sentiment-en.ts', import.meta.url)) },
  },
  // The dev server is never used for the extension: everything is built to dist/.
  server: { port: 5199, strictPort: true, hmr: false },
});
