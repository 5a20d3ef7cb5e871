import { createMemoryHistory } from '@tanstack/react-router';
import { createRoot } from 'react-dom/client';
import * as v from 'valibot';
import { loadNewsSource } from '../app/create-source';
import { NewsReader } from '../app/news-reader';
import { buildTimeApiBase, configImagePolicy, loadRuntimeConfig } from '../app/runtime-config';
import { renderStartupError } from '../app/render-startup-error';
import '../styles.css';
import { installTrustedTypes } from '../ui/trusted-types';
import { initialTarget, pathFor } from './navigate-target';
import { connectParent, parentOrigin } from './parent-channel';
import { startDeviceReadingStore } from '../reading/load-device-store';

/**
 * The iframe page (embed.html?entity=&q=&article=&theme=&parent=<origin>): the reader on this
 * deployment's source (config.json), in memory history so the parent's history is never touched,
 * reporting its height to the parent origin it was given and to no other.
 */
installTrustedTypes();
const container = document.getElementById('root');
if (!container) throw new Error('embed.html has no #root element');
const root = createRoot(container);
const params = new URLSearchParams(window.location.search);
const value = (name: string) => params.get(name) ?? undefined;
const theme = v.parse(v.fallback(v.picklist(['light', 'dark', 'auto']), 'auto'), value('theme'));
const layout = v.parse(v.fallback(v.picklist(['full', 'compact']), 'full'), value('layout'));
const history = createMemoryHistory({
  initialEntries: [pathFor(initialTarget({ article: value('article'), entity: value('entity'), q: value('q') }))],
});
connectParent({
  origin: parentOrigin(params.get('parent')),
  parent: window.parent,
  self: window,
  content: container,
  onNavigate: (target) => history.push(pathFor(target)),
});

const base = new URL(import.meta.env.BASE_URL, document.baseURI).href;
const deviceStore = startDeviceReadingStore();
loadRuntimeConfig(new URL('config.json', base).href, buildTimeApiBase())
  .then(async (config) => {
    const source = await loadNewsSource(config, base);
    const imagePolicy = configImagePolicy(config, base);
    const readingStore = await deviceStore;
    root.render(
      <NewsReader
        source={source}
        history={history}
        theme={theme}
        layout={layout}
        imagePolicy={imagePolicy}
        readingStore={readingStore}
      />,
    );
  })
  .catch((error: unknown) => {
    renderStartupError(root, container, error);
  });
