// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type SqlNewsStore } from '../../../src/store';
import { createFetchContext } from '../../../src/server/sources/fetch-context';
import { createScheduler } from '../../../src/server/sources/scheduler';
import { createServerSourceAdmin } from '../../../src/server/sources/source-admin';
import { startLoopbackWeb, type LoopbackWeb } from '../../feeds/loopback-web';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../serve-app';

let web: LoopbackWeb;
let store: SqlNewsStore;
let app: TestApp;
let scheduler: ReturnType<typeof createScheduler>;
const logged: string[] = [];

beforeAll(async () => {
  web = await startLoopbackWeb();
  store = await openStore({ inMemory: true });
  const context = createFetchContext({ allowPrivateNetwork: true, politeDelayMs: 0 });
  scheduler = createScheduler({ store, context, log: (line) => logged.push(line) });
  const sources = createServerSourceAdmin({ store, context, scheduler });
  app = await startTestApp({ store, sources });
}, 60_000);
afterAll(async () => {
  await scheduler.stop();
  await app.stop();
  await store.close();
  await web.close();
});

const admin = (path: string, init: RequestInit = {}) =>
  fetch(`${app.origin}/api${path}`, {
    ...init,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json', ...init.headers },
  });

async function addSource(url: string, extra: Record<string, unknown> = {}) {
  const response = await admin('/sources', { method: 'POST', body: JSON.stringify({ url, ...extra }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { id: string } };
}

describe('feeds into the store, over the API', { timeout: 60_000 }, () => {
  it('needs the token to add a source', async () => {
    const response = await fetch(`${app.origin}/api/sources`, {
      method: 'POST',
      body: JSON.stringify({ url: web.url('/news/rss.xml') }),
    });
    expect(response.status).toBe(401);
    const slash = await fetch(`${app.origin}/api/sources/`, { method: 'POST', body: '{}' });
    expect(slash.status).toBe(401);
  });

  it('adds a site by its home page, refreshes it, and its stories are in the store with entities', async () => {
    const added = await addSource(web.url('/'));
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ status: 'active', health: { itemsSeen: 0, lastFetchAt: null } });
    expect(String(added.body.url)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/news\//);

    const refreshed = await admin(`/sources/${added.body.id}/refresh`, { method: 'POST' });
    expect(refreshed.status).toBe(200);
    const report = (await refreshed.json()) as { written: number; found: number; source: { health: unknown } };
    expect(report.found).toBe(web.stories.length);
    expect(report.written).toBe(web.stories.length);
    expect(report.source.health).toMatchObject({ lastError: null, itemsSeen: web.stories.length });

    const page = (await (await fetch(`${app.origin}/api/articles?source=${added.body.id}&limit=50`)).json()) as {
      items: Array<{ id: string; title: string; url: string; entities: unknown[] }>;
    };
    expect(page.items.map((item) => item.title).sort()).toEqual(web.stories.map((story) => story.title).sort());
    const story = await store.getArticle(page.items[0]!.id);
    expect(story.entities.length).toBeGreaterThan(0);
    expect(story.url).toMatch(/^http:\/\/127\.0\.0\.1/);
    expect(story.body.join(' ')).not.toMatch(/<[a-z]/i);
  });

  it('repairs a story the store cannot keep as sent, counts it and logs the field', async () => {
    const { body } = await addSource(web.url('/repairs/rss.xml'), { name: 'Needs repairs' });
    const report = (await (await admin(`/sources/${body.id}/refresh`, { method: 'POST' })).json()) as {
      written: number;
      repaired: number;
      refused: number;
    };
    expect(report).toMatchObject({ written: 1, repaired: 1, refused: 0 });
    const line = logged.find((entry) => entry.startsWith(`${body.id}: the store repaired `));
    expect(line).toMatch(/image\.url longer than 2,048 characters; left out/);
    const id = /repaired '([^']+)'/.exec(line ?? '')?.[1] ?? '';
    const story = await store.getArticle(id);
    expect(story.title).toMatch(/\(again\)$/);
    expect(story).not.toHaveProperty('image');
  });

  it('is one story when the same stories come again from another feed of the site', async () => {
    const before = (await store.health()).articleCount;
    const other = await addSource(web.url('/news/atom.xml'));
    expect(other.status).toBe(201);
    const report = (await (await admin(`/sources/${other.body.id}/refresh`, { method: 'POST' })).json()) as {
      written: number;
    };
    expect(report.written).toBe(0);
    expect((await store.health()).articleCount).toBe(before);
  });

  it('asks again with its validators and takes a 304 as nothing new', async () => {
    const source = await addSource(web.url('/conditional/rss.xml'), { name: 'Conditional' });
    await admin(`/sources/${source.body.id}/refresh`, { method: 'POST' });
    const second = (await (await admin(`/sources/${source.body.id}/refresh`, { method: 'POST' })).json()) as {
      notModified: boolean;
      source: { health: { lastError: unknown } };
    };
    expect(second.notModified).toBe(true);
    expect(second.source.health.lastError).toBeNull();
    expect(web.requests.filter((path) => path === '/conditional/rss.xml')).toHaveLength(3);
  });

  it('records a failing source in words and backs off, leaving the others alone', async () => {
    const { body } = await addSource(web.url('/news/rss-full.xml'), { name: 'Soon broken' });
    // Point the source at a failing address, as a site that moved would.
    await store.removeSource(body.id);
    const [broken] = (
      await store.addSources([{ name: 'Broken', url: web.url('/status/404'), intervalMinutes: 30, fullText: 'feed' }])
    ).added;
    const report = (await (await admin(`/sources/${broken!.id}/refresh`, { method: 'POST' })).json()) as {
      source: { status: string; health: { lastError: string; nextFetchAt: string } };
    };
    expect(report.source.status).toBe('failing');
    expect(report.source.health.lastError).toBe('the server answered 404');
    const waitMinutes = (Date.parse(report.source.health.nextFetchAt) - Date.now()) / 60_000;
    expect(waitMinutes).toBeGreaterThan(50);
    expect(waitMinutes).toBeLessThan(70);
    const listed = (await (await fetch(`${app.origin}/api/sources`)).json()) as {
      items: Array<{ id: string; status: string }>;
    };
    expect(listed.items.filter((s) => s.status === 'failing').map((s) => s.id)).toEqual([broken!.id]);
  });

  it('exports OPML and imports it without duplicating, and a site that names no feed is refused in words', async () => {
    const opml = await (await admin('/sources/export')).text();
    expect(opml).toContain('xmlUrl=');
    const imported = (await (
      await admin('/sources/import', { method: 'POST', body: opml, headers: { 'content-type': 'text/x-opml' } })
    ).json()) as { added: unknown[]; skipped: Array<{ reason: string }> };
    expect(imported.added).toEqual([]);
    expect(imported.skipped.every((skip) => skip.reason.startsWith('already a source'))).toBe(true);

    const noFeed = await addSource(web.url('/empty-page.html'));
    expect(noFeed.status).toBe(422);
    expect(noFeed.body).toMatchObject({ error: { code: 'not_a_feed' } });
  });

  it('removes a source; its stories stay readable', async () => {
    const listed = (await (await fetch(`${app.origin}/api/sources`)).json()) as {
      items: Array<{ id: string; url: string | null }>;
    };
    const first = listed.items.find((s) => s.url?.includes('/news/'))!;
    const before = (await store.listArticles({ source: first.id })).total;
    expect(before).toBeGreaterThan(0);
    expect((await admin(`/sources/${first.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await store.listArticles({ source: first.id })).total).toBe(before);
  });
});
