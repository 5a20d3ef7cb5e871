import { createBrowserHistory } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { loadNewsSource, startFixtureSource } from './app/create-source';
import { NewsReader } from './app/news-reader';
import { loadReaderActions } from './app/reader-actions';
import { buildTimeApiBase, configImagePolicy, loadRuntimeConfig } from './app/runtime-config';
import { renderStartupError } from './app/render-startup-error';
import { renderedApiBase } from './app/rendered-source';
import './styles.css';
import { installTrustedTypes } from './ui/trusted-types';
import { startDeviceReadingStore } from './reading/load-device-store';

// Before anything reaches a script sink (the service worker, the entity worker).
installTrustedTypes();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const base = new URL(import.meta.env.BASE_URL, document.baseURI).href;
// The build prerenders the feed and the stories from the bundled corpus (scripts/prerender.ts), and
// the Lede server renders the page it is asked for from its store (src/server/render/); the code
// that reads and hydrates that HTML loads only for such a page.
const prerendered = document.getElementById('lede-prerendered') !== null;
let root: Root | undefined;
/** A fresh root, dropping prerendered HTML that is not this page's (another path, another source). */
const freshRoot = (): Root => {
  if (root) return root;
  container.replaceChildren();
  root = createRoot(container);
  return root;
};

const buildDefault = buildTimeApiBase();
// Most deployments read the bundled stories: fetch them alongside config.json, not after it
// (a prerendered page has the data its first view needs in the page).
const fixture = buildDefault === null ? startFixtureSource(base, !prerendered) : undefined;
// If config.json picks a backend, a failed speculative load must not surface as an unhandled error.
fixture?.catch(() => undefined);
// Likewise the page's code, which the router would otherwise request only once the config is in.
if (window.location.pathname === new URL(base).pathname) import('./app/feed-route').catch(() => undefined);
else if (prerendered) import('./app/article-route').catch(() => undefined);
// The search box and the story keys stay out of the first download (they are used only once the
// reader acts) and load beside config.json; the first story never waits for them.
loadReaderActions().catch(() => undefined);
// Offline reading (saved cache, service worker) is this page's alone, never the embed's; its code
// and the saved cache load beside config.json, and the reader takes them when they are in.
// Without it (IndexedDB or the chunk failing) Lede still reads online.
const offlineStart = import('./app/pwa/start-offline').then((m) => m.startOfflineSupport()).catch(() => undefined);
// The device's reading state, and the validator that reads it, load beside config.json too.
const deviceStore = startDeviceReadingStore();
loadRuntimeConfig(new URL('config.json', base).href, buildDefault)
  .then(async (config) => {
    const source = await loadNewsSource(config, base, fixture);
    const props = {
      source,
      readingStore: await deviceStore,
      history: createBrowserHistory(),
      imagePolicy: configImagePolicy(config, base),
      offline: offlineStart.then((forSource) => forSource?.(config.apiBaseUrl)),
    };
    // Offline, the saved cache may know more than the page did; then the reader renders afresh, as
    // it does over HTML made from another source than this config's. The page's inline script
    // removes HTML that is not for this path or this screen.
    const sameSource = config.apiBaseUrl === renderedApiBase(container);
    if (prerendered && container.firstElementChild !== null && sameSource && navigator.onLine) {
      const { hydratePrerendered } = await import('./app/hydrate-page');
      root = (await hydratePrerendered(container, props)) ?? undefined;
      if (root) return;
    }
    freshRoot().render(
      <StrictMode>
        <NewsReader {...props} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    renderStartupError(freshRoot(), container, error);
  });
