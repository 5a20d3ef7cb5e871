import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { precompress } from './scripts/precompress-plugin';
import { ledePwa } from './scripts/pwa-plugin';
import { runtimeConfig } from './scripts/runtime-config-plugin';
import { ledeApi } from './src/news/api/vite-plugin';

// Each page's own code (index.html: src/main.tsx; embed.html: src/embed/) stays in its own chunks.
// So does valibot: the embed page validates its messages from the start, but the standalone page
// needs it only once data arrives, and it loads with the first chunk that validates.
const PAGE_ONLY = /(\.html$|[\\/]src[\\/](main\.tsx$|embed[\\/])|[\\/]node_modules[\\/]valibot[\\/])/;

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    tailwindcss(),
    ledeApi(),
    runtimeConfig(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL),
    ledePwa(),
    precompress(),
  ],
  // React 19 has useSyncExternalStore: the router's store need not carry the shim for older Reacts.
  resolve: { alias: { 'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector' } },
  server: { port: 5317, strictPort: true },
  preview: { port: 4317, strictPort: true },
  // ES module workers may split: the entity model's weights are a chunk the worker fetches when needed.
  worker: { format: 'es' },
  // embed.html: the reader for iframes (src/embed/frame-page.tsx); the web component builds apart.
  build: {
    // Every browser with the module features Lede needs but Safari before 17 preloads modules
    // itself; there the chunks still load, one request later.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: ['index.html', 'embed.html'],
      // What the pages need before their first render, in one file besides each page's own entry:
      // gzip compresses one file better than seven, and the browser asks for fewer.
      output: {
        codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'], test: (id) => !PAGE_ONLY.test(id) }] },
      },
    },
  },
}));
