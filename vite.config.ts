import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest,
      // One self-contained script for the host page: no loader chunk exposed to the page.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
  build: {
    target: 'es2022',
    // The card is reachable only through web_accessible_resources, so it must be an input.
    rolldownOptions: { input: { nudge: 'src/ui/nudge/index.html' } },
  },
});
