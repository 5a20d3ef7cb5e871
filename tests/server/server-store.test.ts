// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsStore } from '../../src/news/store/news-store';
import { openStore } from '../../src/store';
import { fixtureArticles, fixtureEntities } from '../news/api/fixture-corpus';
import { exerciseEveryRoute } from '../news/api/exercise-routes';
import { postgresTarget } from '../store/postgres-target';
import { startTestApp, type TestApp } from './serve-app';

const postgres = postgresTarget();

/** The contract walk over the real server on each SQL engine: the answers openapi.json promises. */
function describeServerOn(
  engine: 'pglite' | 'postgres',
  open: () => Promise<{ store: NewsStore; done?: () => Promise<void> }>,
) {
  describe(`the server over ${engine}`, () => {
    let server: TestApp;
    let done: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      const opened = await open();
      done = opened.done;
      await opened.store.seedOnce({ articles: fixtureArticles(), entities: fixtureEntities() });
      server = await startTestApp({ store: opened.store });
    }, 60_000);
    afterAll(async () => {
      await server.stop();
      await server.store.close();
      await done?.();
    });

    it('conforms to openapi.json on every route, page and error', async () => {
      expect(await exerciseEveryRoute(`${server.origin}/api`)).toBeGreaterThan(30);
    }, 60_000);

    it('reports its engine, schema version and story count', async () => {
      const health = await (await fetch(`${server.origin}/api/health`)).json();
      expect(health).toEqual({ ok: true, engine, schemaVersion: expect.any(Number), articleCount: 7 });
    });
  });
}

describeServerOn('pglite', async () => ({ store: await openStore({ inMemory: true }) }));

if (postgres) {
  describeServerOn('postgres', async () => {
    const target = await postgres.freshSchema('server');
    return { store: await openStore(target), done: target.dropSchema };
  });
} else {
  describe('the server over postgres', () => {
    it.skip('needs DATABASE_URL (set by .ci/run) to run against a PostgreSQL server', () => undefined);
  });
}
