import { createBrowserHistory } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadNewsSource, startFixtureSource } from './app/create-source';
import { NewsReader } from './app/news-reader';
import { loadReaderActions } from './app/reader-actions';
import { buildTimeApiBase, loadRuntimeConfig } from './app/runtime-config';
import { renderStartupError } from './app/render-startup-error';
import './styles.css';
import { installTrustedTypes } from './ui/trusted-types';

// Before anything reaches a script sink (the service worker, the entity worker).
installTrustedTypes();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
const base = new URL(import.meta.env.BASE_URL, document.baseURI).href;

const buildDefault = buildTimeApiBase();
// Most deployments read the bundled stories: fetch them alongside config.json, not after it.
const fixture = buildDefault === null ? startFixtureSource(base) : undefined;
// If config.json picks a backend, a failed speculative load must not surface as an unhandled error.
fixture?.catch(() => undefined);
// Likewise the feed's code, which the router would otherwise request only once the config is in.
if (window.location.pathname === new URL(base).pathname) import('./app/feed-route').catch(() => undefined);
// The search box and the story keys stay out of the first download (they are used only once the
// reader acts) but load beside config.json, so both work from the first paint.
const actions = loadReaderActions().catch(() => undefined);
// Offline reading (saved cache, service worker) is this page's alone, never the embed's; its code
// and the saved cache load beside config.json. Without it (IndexedDB or the chunk failing) Lede
// still reads online.
const offline = import('./app/pwa/start-offline').then((m) => m.startOfflineSupport()).catch(() => undefined);
Promise.all([loadRuntimeConfig(new URL('config.json', base).href, buildDefault), offline, actions])
  .then(async ([config, forSource]) => {
    const source = await loadNewsSource(config, base, fixture);
    root.render(
      <StrictMode>
        <NewsReader source={source} history={createBrowserHistory()} offline={forSource?.(config.apiBaseUrl)} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    renderStartupError(root, container, error);
  });
