import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const LIGHT = '#fafaf9';
const WEEK = 7 * 24 * 60 * 60;

/**
 * The standalone app's manifest and service worker. The worker is only registered from
 * src/main.tsx, so the embed never gets one. It precaches the shell (HTML, JS, CSS, icons) and
 * caches data as it is read: the bundled corpus, config.json and a backend's API answers are
 * news, so the network comes first and the cache answers only when the network cannot.
 */
export function ledePwa(): PluginOption[] {
  return [
    buildId(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      // The shell's glob below already takes the icons and favicon.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Lede',
        short_name: 'Lede',
        description: 'A news reader that knows who is in the story.',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        // The page's theme-color meta tags follow the system theme; the manifest has one slot.
        theme_color: LIGHT,
        background_color: LIGHT,
        icons: [
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The corpus is data, cached when read (below). The entity-extraction worker (15 kB gzip)
        // and its model's weights (0.8 MB gzip) serve only backend stories without entities.
        globIgnores: ['data/**', '**/*.gz', '**/*.br', '**/extract-worker-*.js', '**/shipped-model-*.js'],
        // Pages come from the network (below), so '/' must not be answered by the precached
        // index.html either: the precache holds the page only as the offline fallback.
        directoryIndex: null,
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        // On the first visit the worker takes the open page at once, so the stories read in
        // it are cached. Updates still wait for the reader's "Reload".
        clientsClaim: true,
        runtimeCaching: [
          {
            // The reader's pages, from the network every time: the Lede server renders each with
            // the news of the moment, so a cached copy would go stale (and Workbox's timeout
            // needs a cache to fall back on). When the network fails (offline) the precached
            // shell answers and the reader renders from what the device saved. The embed's
            // pages, the API and files (config.json, sw.js) are never the app's page.
            urlPattern: ({ request, url }) =>
              request.mode === 'navigate' &&
              !/^\/embed/.test(url.pathname) &&
              !/^\/api\//.test(url.pathname) &&
              !/\/[^/?]+\.[a-z0-9]+$/i.test(url.pathname),
            handler: 'NetworkOnly',
            options: { precacheFallback: { fallbackURL: 'index.html' } },
          },
          {
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin && (url.pathname.endsWith('/config.json') || /\/data\/.+\.json$/.test(url.pathname)),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'lede-data',
              networkTimeoutSeconds: 3,
              // The first page, the search index, and each story and entity read.
              expiration: { maxEntries: 500 },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/data/images/'),
            handler: 'StaleWhileRevalidate',
            options: {
              cacheName: 'lede-images',
              expiration: { maxEntries: 200, maxAgeSeconds: 4 * WEEK },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            // A backend anywhere (config.json decides at run time), same origin or with CORS.
            urlPattern: ({ url, request }) =>
              request.method === 'GET' && /\/api\/(articles|entities)/.test(url.pathname),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'lede-api',
              networkTimeoutSeconds: 4,
              expiration: { maxEntries: 500, maxAgeSeconds: WEEK },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            // Hashed file names never change: code left out of the precache is kept once used.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/assets/'),
            handler: 'CacheFirst',
            options: {
              cacheName: 'lede-assets',
              expiration: { maxEntries: 50, maxAgeSeconds: 4 * WEEK },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ];
}

/** A new id per build: what the persisted query cache was written by (its buster). */
function buildId(): Plugin {
  const id = Date.now().toString(36);
  return {
    name: 'lede-build-id',
    config: () => ({ define: { 'import.meta.env.VITE_LEDE_BUILD_ID': JSON.stringify(id) } }),
  };
}
