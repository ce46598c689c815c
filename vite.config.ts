import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { manifestFor } from './manifests.ts';

// `vite build` makes the Chrome build in dist/; `vite build --mode firefox` makes the
// Firefox build from the same sources in dist-firefox/.
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(firefox ? 'firefox' : 'chrome'),
        ...(firefox ? { browser: 'firefox' as const } : {}),
        // One self-contained script for the host page: no loader chunk exposed to the page.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      target: 'es2022',
      ...(firefox ? { outDir: 'dist-firefox' } : {}),
      // The card is reachable only through web_accessible_resources, so it must be an input;
      // the welcome is opened by the background on install, and the privacy policy by a plain
      // link from the settings, so nothing in the manifest names them.
      rolldownOptions: {
        input: { nudge: 'src/ui/nudge/index.html', welcome: 'src/ui/welcome/index.html', privacy: 'src/ui/privacy/index.html' },
      },
    },
  };
});
