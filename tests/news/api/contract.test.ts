// @vitest-environment node
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandler } from '../../../src/news/api/api-handler';
import { createCorpusLoader } from '../../../src/news/api/corpus-loader';
import { createCorpusStore } from '../../../src/news/store/corpus-store';
import { exerciseEveryRoute } from './exercise-routes';
import { component, expectConforming } from './openapi-validator';
import { serveApi, serveCorpus, type TestServer } from './test-server';

const REAL_DATA = resolve(import.meta.dirname, '../../../public/data');
const HAS_REAL_CORPUS = existsSync(resolve(REAL_DATA, 'articles.json'));

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
    const empty = await serveApi(createApiHandler({ store: createCorpusStore(loadCorpus) }));
    try {
      await expectConforming(empty.api, '/articles', '/articles', 503);
      await expectConforming(empty.api, '/entities/{id}', '/entities/x', 503);
      await expectConforming(empty.api, '/health', '/health', 503);
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
    const real = await serveApi(createApiHandler({ store: createCorpusStore(loadCorpus) }));
    try {
      expect(await exerciseEveryRoute(real.api)).toBeGreaterThan(10);
      expect(warnings, 'public/data holds items the schemas reject').toEqual([]);
    } finally {
      await real.close();
    }
  }, 60_000);
});
