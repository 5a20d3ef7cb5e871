// @vitest-environment node
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureArticles } from '../news/api/fixture-corpus';
import { PRERENDERED_ID } from '../../src/app/prerendered';
import type { NewsStore } from '../../src/news/store/news-store';
import { createServerApp } from '../../src/server/app';
import { fakeDist, INDEX_HTML } from './serve-app';
import { createTestStore } from './test-store';

let distDir = '';
beforeAll(async () => {
  distDir = await fakeDist();
});
afterAll(() => rm(distDir, { recursive: true, force: true }));

function appWith(store: NewsStore, budgetMs = 5_000) {
  const logged: string[] = [];
  const app = createServerApp({
    store,
    distDir,
    adminToken: undefined,
    corsOrigins: '*',
    rateLimitPerMinute: 10_000,
    renderBudgetMs: budgetMs,
    logRender: (line) => logged.push(line),
    logError: (message) => logged.push(message),
  });
  return { app, logged };
}

interface PageData {
  path: string;
  state: { queries: { queryKey: unknown[]; state: { data: unknown; status: string } }[] };
}

/** The parts of a rendered page a browser reads: the root's HTML and attributes, the data, the scripts. */
function readPage(html: string) {
  const root = /<div id="root" ([^>]*)>([\s\S]*)<\/div><script>/.exec(html);
  const data = new RegExp(`<script type="application/json" id="${PRERENDERED_ID}">([^<]*)</script>`).exec(html);
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return {
    attributes: root?.[1] ?? '',
    content: root?.[2] ?? '',
    data: data ? (JSON.parse(data[1] ?? '') as PageData) : undefined,
    scripts,
  };
}

const cspHash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

describe('pages the server renders', () => {
  let app: ReturnType<typeof appWith>['app'];
  beforeAll(async () => {
    app = appWith(await createTestStore()).app;
  });

  it('renders the feed with its stories, the data to hydrate from, and a CSP that allows its scripts', async () => {
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const page = readPage(await response.text());
    expect(page.attributes).toBe('data-prerendered-path="/" data-rendered-api="/api"');
    expect(page.content).toContain('Japan and Sweden agree to deepen defence ties');
    const list = page.data?.state.queries.find((q) => q.queryKey[1] === 'list' && q.queryKey[0] === 'articles');
    expect(list?.state.status).toBe('success');
    const titles = (list?.state.data as { pages: { items: { title: string }[] }[] }).pages[0]?.items.map(
      (i) => i.title,
    );
    expect(titles).toContain('Japan and Sweden agree to deepen defence ties');
    expect(page.data?.path).toBe('/');
    // The appearance script and the router's scroll restoration, each allowed by its hash.
    expect(page.scripts.length).toBeGreaterThanOrEqual(2);
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const script of page.scripts) expect(policy).toContain(cspHash(script));
    expect(/script-src [^;]*/.exec(policy)?.[0]).not.toContain('unsafe-inline');
  });

  it('renders a search of the feed for its own query, and hydrates only at that path and query', async () => {
    const page = readPage(await (await app.request('/?q=robots')).text());
    expect(page.content).toContain('Robots fill a Tokyo hall');
    expect(page.content).not.toContain('What to expect from the NATO summit');
    expect(page.data?.path).toBe('/?q=robots');
    expect(page.attributes).toContain('data-prerendered-path="/?q=robots"');
    expect(page.data?.state.queries.some((q) => JSON.stringify(q.queryKey).includes('"q":"robots"'))).toBe(true);
  });

  it('renders a story: headline, first paragraph and the story in the data', async () => {
    const response = await app.request('/articles/japan-sweden-defence');
    expect(response.status).toBe(200);
    const page = readPage(await response.text());
    expect(page.attributes).toContain('data-prerendered-path="/articles/japan-sweden-defence"');
    expect(page.content).toMatch(/<h1[^>]*>Japan and Sweden agree to deepen defence ties<\/h1>/);
    // The mentions are marks inside the paragraph: its text is the story's.
    expect(page.content.replace(/<[^>]+>/g, '')).toContain('Minoru Kihara met Pål Jonson in Stockholm on Thursday.');
    const story = page.data?.state.queries.find((q) => q.queryKey.join('/') === 'articles/detail/japan-sweden-defence');
    expect((story?.state.data as { body: string[] }).body).toHaveLength(2);
  });

  it("renders an entity's page with its record and its stories", async () => {
    const page = readPage(await (await app.request('/entities/nato')).text());
    expect(page.content).toMatch(/<h1[^>]*>North Atlantic Treaty Organization<\/h1>/);
    expect(page.content).toContain('What to expect from the NATO summit');
    expect(page.data?.state.queries.map((q) => q.queryKey.join('/'))).toContain('entities/detail/nato');
  });

  it('answers 404 with the plain shell for a story or entity the store does not have', async () => {
    for (const path of ['/articles/no-such-story', '/entities/no-such-entity']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toBe(INDEX_HTML);
    }
  });

  it('leaves the other pages to the reader: the shell as built', async () => {
    for (const path of ['/settings', '/saved', '/following']) {
      expect(await (await app.request(path)).text(), path).toBe(INDEX_HTML);
    }
  });

  it('revalidates with a weak ETag: 304 while the page is the same, 200 once news arrives', async () => {
    const first = await app.request('/');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"/);
    const again = await app.request('/', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'));

    const store = await createTestStore();
    const { app: changing } = appWith(store);
    const before = (await changing.request('/')).headers.get('etag') ?? '';
    const [lead] = fixtureArticles();
    await store.upsertArticles([
      { ...lead, id: 'news-arrives', title: 'Late news', publishedAt: '2030-01-01T00:00:00Z' },
    ]);
    const after = await changing.request('/', { headers: { 'if-none-match': before } });
    expect(after.status).toBe(200);
    expect(readPage(await after.text()).content).toContain('Late news');
  });

  it('compresses the page the way the client accepts', async () => {
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      const response = await app.request('/', { headers: { 'accept-encoding': accept } });
      expect(response.headers.get('content-encoding'), accept).toBe(encoding);
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    }
  });
});

describe('when rendering cannot be done', () => {
  it('sends the plain shell and logs why when the store fails', async () => {
    const store = await createTestStore();
    const { app, logged } = appWith({ ...store, listArticles: () => Promise.reject(new Error('disk on fire')) });
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
    expect(logged.join('\n')).toMatch(/plain shell for \/: /);
  });

  it('sends the plain shell within its budget when the store is slow', async () => {
    const store = await createTestStore();
    const slow: NewsStore = {
      ...store,
      getArticle: (id) => new Promise((resolve) => setTimeout(() => resolve(store.getArticle(id)), 2_000)),
    };
    const { app, logged } = appWith(slow, 150);
    const started = performance.now();
    const response = await app.request('/articles/japan-sweden-defence');
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
    expect(logged.join('\n')).toContain('over its 150 ms budget');
  });

  it('keeps a story\'s "</script>" and line separators inside the data script', async () => {
    // Stores refuse markup; a store that let it through must still not break out of the page.
    const store = await createTestStore();
    const title = 'Quoting </script><script>alert(1)</script> and a line\u2028separator\u2029here';
    const hostile: NewsStore = { ...store, getArticle: async (id) => ({ ...(await store.getArticle(id)), title }) };
    const html = await (await appWith(hostile).app.request('/articles/japan-sweden-defence')).text();
    expect(html).not.toContain('<script>alert(1)');
    const page = readPage(html);
    const data = html.slice(html.indexOf(`id="${PRERENDERED_ID}"`));
    expect(data).not.toMatch(/[\u2028\u2029]/);
    expect(data).toContain('\\u2028separator\\u2029');
    const story = page.data?.state.queries.find((q) => q.queryKey.join('/') === 'articles/detail/japan-sweden-defence');
    expect((story?.state.data as { title: string }).title).toBe(title);
  });
});
