import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { precompress } from './scripts/precompress-plugin';
import { ledePwa } from './scripts/pwa-plugin';
import { runtimeConfig } from './scripts/runtime-config-plugin';
import { ledeApi } from './src/news/api/vite-plugin';

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    tailwindcss(),
    ledeApi(),
    runtimeConfig(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL),
    ledePwa(),
    precompress(),
  ],
  server: { port: 5317, strictPort: true },
  preview: { port: 4317, strictPort: true },
  // embed.html: the reader for iframes (src/embed/frame-page.tsx); the web component builds apart.
  build: { rollupOptions: { input: ['index.html', 'embed.html'] } },
}));
