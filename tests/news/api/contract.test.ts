// @vitest-environment node
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandler } from '../../../src/news/api/api-handler';
import { createCorpusLoader } from '../../../src/news/api/corpus-loader';
import { component, expectConforming } from './openapi-validator';
import { serveApi, serveCorpus, type TestServer } from './test-server';

const REAL_DATA = resolve(import.meta.dirname, '../../../public/data');
const HAS_REAL_CORPUS = existsSync(resolve(REAL_DATA, 'articles.json'));

/** Walks every route with the corpus's own ids, every page, and the error responses. */
async function exerciseEveryRoute(api: string): Promise<number> {
  let checked = 0;
  const check = async (template: string, url: string, status = 200) => {
    checked += 1;
    return expectConforming(api, template, url, status);
  };
  let cursor: string | null = null;
  const articleIds: string[] = [];
  do {
    const page = (await check(
      '/articles',
      `/articles?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    )) as {
      items: Array<{ id: string }>;
      nextCursor: string | null;
    };
    articleIds.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  for (const id of articleIds) await check('/articles/{id}', `/articles/${encodeURIComponent(id)}`);
  const ranking = (await check('/entities', '/entities?limit=200')) as { items: Array<{ id: string }> };
  for (const { id } of ranking.items) {
    await check('/entities/{id}', `/entities/${encodeURIComponent(id)}`);
    await check('/entities', `/entities?entity=${encodeURIComponent(id)}&limit=5`);
    await check('/articles', `/articles?entity=${encodeURIComponent(id)}&limit=5`);
  }
  for (const type of ['person', 'organization', 'place', 'other']) await check('/entities', `/entities?type=${type}`);
  const sources = (await check('/sources', '/sources')) as { items: Array<{ id: string }> };
  for (const { id } of sources.items) await check('/articles', `/articles?source=${id}&limit=1`);
  await check('/articles', '/articles?q=the&limit=1');
  await check('/articles', '/articles?cursor=not-a-cursor', 400);
  await check('/articles', '/articles?limit=0', 400);
  await check('/entities', '/entities?type=animal', 400);
  await check('/articles/{id}', '/articles/no-such-story', 404);
  await check('/entities/{id}', '/entities/no-such-entity', 404);
  await check('/openapi.json', '/openapi.json');
  return checked;
}

describe('real responses conform to the document', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await serveCorpus();
  });
  afterAll(() => server.close());

  it('over the in-memory corpus, every route, page and error', async () => {
    expect(await exerciseEveryRoute(server.api)).toBeGreaterThan(30);
  });

  it('including 404 for unknown paths and 503 for a missing corpus', async () => {
    const response = await fetch(`${server.api}/nowhere`);
    expect(response.status).toBe(404);
    expect(component('Error')(await response.json())).toBe(true);
    const loadCorpus = createCorpusLoader({ dir: resolve(import.meta.dirname, 'no-such-dir') });
    const empty = await serveApi(createApiHandler({ loadCorpus }));
    try {
      await expectConforming(empty.api, '/articles', '/articles', 503);
      await expectConforming(empty.api, '/entities/{id}', '/entities/x', 503);
    } finally {
      await empty.close();
    }
  });
});

describe('the real corpus conforms to the document', () => {
  it('over public/data, every route, page and error', async (ctx) => {
    if (!HAS_REAL_CORPUS) ctx.skip(`${REAL_DATA}/articles.json does not exist yet; run \`npm run corpus\` to check it`);
    const warnings: string[] = [];
    const loadCorpus = createCorpusLoader({ dir: REAL_DATA, warn: (message) => warnings.push(message) });
    const real = await serveApi(createApiHandler({ loadCorpus }));
    try {
      expect(await exerciseEveryRoute(real.api)).toBeGreaterThan(10);
      expect(warnings, 'public/data holds items the schemas reject').toEqual([]);
    } finally {
      await real.close();
    }
  }, 60_000);
});
