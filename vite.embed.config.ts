import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { embedCss } from './scripts/embed-css-plugin';

/**
 * The <lede-reader> web component: one ES module, dist/embed/lede-reader.js, beside the app so it
 * reads the bundled stories from dist/data/. A relative base makes its lazy chunks and worker load
 * from wherever the script is served, whatever page includes it.
 */
export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [react(), tailwindcss(), embedCss()],
  // React 19 has useSyncExternalStore: the router's store need not carry the shim for older Reacts.
  resolve: { alias: { 'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector' } },
  // ES module workers may split: the entity model's weights are a chunk the worker fetches when needed.
  worker: { format: 'es' },
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    rollupOptions: {
      input: 'src/embed.tsx',
      output: {
        entryFileNames: 'lede-reader.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
