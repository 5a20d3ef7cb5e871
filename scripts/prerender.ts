import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { deviceAppearanceScript, PRERENDERED_PATH_ATTRIBUTE } from '../src/app/device-appearance';
import { PRERENDERED_ID, prerenderedJson } from '../src/app/prerendered';
import { ARTICLES_FILE, ENTITIES_FILE, parseCorpusFiles, withImageBase } from '../src/news/corpus-data';
import { createCorpusIndex } from '../src/news/engine/corpus-index';
import type { NewsSource } from '../src/news/source';
import { deferScripts } from '../src/prerender/defer-scripts';
import { holdFirstPaintForAppearance } from '../src/prerender/hold-first-paint';
import { renderPage } from '../src/prerender/render-page';

/**
 * After `vite build`: the feed and every bundled story rendered into the static HTML, so the
 * first screen paints from the HTML itself, before any script has run (dist/index.html and
 * dist/articles/ID/index.html, each with its query data to hydrate from).
 */
const DIST = process.argv[2] ?? join(import.meta.dirname, '..', 'dist');
const ROOT_TAG = '<div id="root"></div>';

// A build for a backend (`npm start` builds with VITE_API_BASE_URL=/api) shows that backend's news:
// HTML made from the bundled stories would paint other news first and then be thrown away.
const config = JSON.parse(readFileSync(join(DIST, 'config.json'), 'utf8')) as { apiBaseUrl?: unknown };
if (config.apiBaseUrl !== null && config.apiBaseUrl !== undefined) {
  console.log(`prerender skipped: config.json points at a backend (${JSON.stringify(config.apiBaseUrl)})`);
  process.exit(0);
}

const template = readFileSync(join(DIST, 'index.html'), 'utf8');
if (!template.includes(ROOT_TAG)) throw new Error(`dist/index.html has no ${ROOT_TAG} to render into`);
const read = (file: string): unknown => JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8'));
const corpus = parseCorpusFiles(read(ARTICLES_FILE), read(ENTITIES_FILE));
// Root-relative, like the page's own assets: the HTML does not know the host it is served from.
const articles = corpus.articles.map((a) => withImageBase(a, (url) => `/data/${url}`));
const source = memorySource(createCorpusIndex(articles, corpus.entities));

const appearance = deviceAppearanceScript();
const started = performance.now();
const pages = ['/', ...articles.map((article) => `/articles/${article.id}`)];
for (const path of pages) {
  const { html, data } = await renderPage(path, source);
  const page = deferScripts(
    holdFirstPaintForAppearance(template).replace(
      ROOT_TAG,
      `<div id="root" ${PRERENDERED_PATH_ATTRIBUTE}="${path}">${html}</div><script>${appearance}</script>` +
        `<script type="application/json" id="${PRERENDERED_ID}">${prerenderedJson(data)}</script>`,
    ),
  );
  const file = join(DIST, path === '/' ? 'index.html' : join(path, 'index.html'));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, page);
  // The build's .gz and .br copies (scripts/precompress-plugin.ts) must match what they stand for.
  writeFileSync(`${file}.gz`, gzipSync(page, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(page));
}
console.log(`prerendered ${pages.length} pages in ${Math.round(performance.now() - started)} ms`);
// The readers' query caches keep timers (their garbage collection) that would hold the build open.
process.exit(0);

function memorySource(index: ReturnType<typeof createCorpusIndex>): NewsSource {
  return {
    kind: 'fixture',
    // Promises, as any source answers; a missing id rejects instead of throwing.
    listArticles: (query) => later(() => ({ ...index.listArticles(query), dropped: [] })),
    getArticle: (id) => later(() => index.getArticle(id)),
    listEntities: (query) => later(() => index.listEntities(query)),
    getEntity: (id) => later(() => index.getEntity(id)),
  };
}

function later<T>(run: () => T): Promise<T> {
  return new Promise((resolve) => resolve(run()));
}
