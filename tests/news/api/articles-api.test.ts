// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/news/schema/article';
import { FIXTURE_ORDER, fixtureArticles } from './fixture-corpus';
import { serveCorpus, serveCorpusForFile } from './test-server';

const { get, ids } = serveCorpusForFile();

describe('GET /articles', () => {
  it('lists summaries newest first, ties broken by id, with JSON, CORS and no-store headers', async () => {
    const { response, body } = await get('/articles');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({ total: 7, nextCursor: null });
    expect(Object.keys(body ?? {}).sort()).toEqual(['items', 'nextCursor', 'total']);
    const items = body?.items as Array<Record<string, unknown>>;
    expect(items.map((item) => item.id)).toEqual(FIXTURE_ORDER);
    expect(items[0]).not.toHaveProperty('body');
    expect(items[0]?.entities).toContainEqual(expect.objectContaining({ id: 'minoru-kihara', mentionCount: 2 }));
  });

  it('filters by free text, diacritic-insensitively, with every word required', async () => {
    expect(await ids('/articles?q=pal')).toEqual(['japan-sweden-defence', 'nato-summit-preview']);
    expect(await ids('/articles?q=STOCKHOLM%20nato')).toEqual(['japan-sweden-defence', 'arctic-exercise']);
    expect(await ids('/articles?q=')).toEqual(FIXTURE_ORDER);
    expect(await ids(`/articles?q=${'x'.repeat(200)}`)).toEqual([]);
  });

  it('requires every repeated entity, and filters by source and topic', async () => {
    expect(await ids('/articles?entity=minoru-kihara')).toEqual(['japan-sweden-defence', 'kihara-tokyo-briefing']);
    expect(await ids('/articles?entity=minoru-kihara&entity=tokyo')).toEqual(['kihara-tokyo-briefing']);
    expect(await ids('/articles?entity=nobody-at-all')).toEqual([]);
    expect(await ids('/articles?source=pacific-post')).toEqual([
      'kihara-tokyo-briefing',
      'tokyo-robotics-fair',
      'acme-layoffs',
    ]);
    expect(await ids('/articles?topic=politics')).toEqual(['kihara-tokyo-briefing']);
    expect(await ids('/articles?topic=defence&source=nordic-wire&limit=1')).toEqual(['japan-sweden-defence']);
  });

  it('pages through every story with nextCursor, total staying the full count', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { body } = await get(`/articles?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(body?.total).toBe(7);
      seen.push(...(body?.items as Array<{ id: string }>).map((item) => item.id));
      cursor = body?.nextCursor as string | null;
    } while (cursor);
    expect(seen).toEqual(FIXTURE_ORDER);
  });

  it('keeps a cursor valid when a newer story arrives', async () => {
    const { body } = await get('/articles?limit=2');
    const cursor = encodeURIComponent(body?.nextCursor as string);
    const newer: Article = { ...fixtureArticles()[6]!, id: 'breaking-news', publishedAt: '2026-12-01T00:00:00Z' };
    const grown = await serveCorpus([newer, ...fixtureArticles()]);
    try {
      const response = await fetch(`${grown.api}/articles?limit=2&cursor=${cursor}`);
      const next = (await response.json()) as { items: Array<{ id: string }>; total: number };
      expect(next.items.map((item) => item.id)).toEqual(FIXTURE_ORDER.slice(2, 4));
      expect(next.total).toBe(8);
    } finally {
      await grown.close();
    }
  });

  it.each([
    ['cursor=garbage', /cursor 'garbage' is not valid/],
    ['limit=abc', /limit must be a whole number from 1 to 100; got 'abc'/],
    ['limit=0', /limit must be a whole number from 1 to 100/],
    ['limit=101', /limit must be a whole number from 1 to 100/],
    ['limit=2.5', /limit must be a whole number/],
    ['limit=-1', /limit must be a whole number/],
    ['entity=Not%20An%20Id', /entity 'Not An Id' is not an id/],
    ['source=..%2Fetc', /source '..\/etc' is not an id/],
    ['q=a&q=b', /q may be given only once/],
    ['entities=nato', /unknown parameter 'entities'/],
    ['type=person', /unknown parameter 'type'/],
    [`q=${'a'.repeat(201)}`, /q may be at most 200 characters; got 201/],
    [Array.from({ length: 11 }, (_, i) => `entity=e${i}`).join('&'), /entity may be repeated at most 10 times; got 11/],
  ])('answers 400 bad_request for ?%s', async (query, message) => {
    const { status, body } = await get(`/articles?${query}`);
    expect(status).toBe(400);
    expect(body).toEqual({ error: { code: 'bad_request', message: expect.stringMatching(message) } });
  });
});

describe('GET /articles/{id}', () => {
  it('returns the full story', async () => {
    const { status, body } = await get('/articles/japan-sweden-defence');
    expect(status).toBe(200);
    expect(body).toEqual(fixtureArticles()[0]);
  });

  it('answers 404 not_found JSON for an unknown or malformed id', async () => {
    for (const id of ['nope', 'Bad%20Id', '%E0%A4%A']) {
      const { status, response, body } = await get(`/articles/${id}`);
      expect(status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(body).toEqual({ error: { code: 'not_found', message: expect.stringMatching(/no story with the id/) } });
    }
  });
});
