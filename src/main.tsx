import { createBrowserHistory } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadNewsSource, startFixtureSource } from './app/create-source';
import { NewsReader } from './app/news-reader';
import { buildTimeApiBase, loadRuntimeConfig } from './app/runtime-config';
import { StartupError } from './app/startup-error';
import './styles.css';

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
// Offline reading (saved cache, service worker) is this page's alone, never the embed's; its code
// and the saved cache load beside config.json. Without it (IndexedDB or the chunk failing) Lede
// still reads online.
const offline = import('./app/pwa/start-offline').then((m) => m.startOfflineSupport()).catch(() => undefined);
Promise.all([loadRuntimeConfig(new URL('config.json', base).href, buildDefault), offline])
  .then(async ([config, forSource]) => {
    const source = await loadNewsSource(config, base, fixture);
    root.render(
      <StrictMode>
        <NewsReader source={source} history={createBrowserHistory()} offline={forSource?.(config.apiBaseUrl)} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    root.render(<StartupError error={error} />);
  });
