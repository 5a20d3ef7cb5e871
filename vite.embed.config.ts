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
