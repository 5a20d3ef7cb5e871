// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDriver } from '../../src/store/driver/driver';
import { openPgliteDriver } from '../../src/store/driver/pglite-driver';
import { openPostgresDriver } from '../../src/store/driver/postgres-driver';
import { loadMigrations, migrate } from '../../src/store/migrate';
import { listArticles } from '../../src/store/read-articles';
import { createSqlStore } from '../../src/store/sql-store';
import { contractCorpus } from './contract-corpus';
import { postgresTarget } from './postgres-target';
import { allPages, ARTICLE_QUERIES } from './store-contract';

const corpus = contractCorpus();
const searches = ARTICLE_QUERIES.filter((query) => query.q !== undefined);
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * A search page takes one of two ways by how many stories hold its words (FEW_HITS); the contract
 * corpus is too small to reach the second, so here each search runs both ways, every page.
 */
function describeBranches(name: string, open: () => Promise<{ driver: SqlDriver; cleanup?: () => Promise<void> }>) {
  describe(`${name}: search pages, looked up or walked`, { timeout: 120_000 }, () => {
    let opened: { driver: SqlDriver; cleanup?: () => Promise<void> };
    beforeAll(async () => {
      opened = await open();
      const { version } = await migrate(opened.driver, loadMigrations());
      const store = createSqlStore(opened.driver, version);
      await store.upsertEntities(corpus.entities);
      expect((await store.upsertArticles(corpus.articles)).refused).toEqual([]);
    }, 120_000);
    afterAll(async () => {
      await opened?.driver.close();
      await opened?.cleanup?.();
    });

    for (const [branch, fewHits] of [
      ['every story looked up', 2 ** 31 - 1],
      ['the feed walked', -1],
    ] as const) {
      it(`answers as the in-memory engine with ${branch}`, async () => {
        for (const query of searches) {
          const expected = await allPages((q) => Promise.resolve(corpus.reference.listArticles(q)), query, 7);
          const actual = await allPages((q) => listArticles(opened.driver, q, fewHits), query, 7);
          expect({ query, pages: actual }).toEqual({ query, pages: plain(expected.map(withoutDropped)) });
        }
      });
    }
  });
}

function withoutDropped(page: unknown): unknown {
  const { dropped: _dropped, ...rest } = page as Record<string, unknown>;
  return rest;
}

describeBranches('PGlite', async () => ({ driver: await openPgliteDriver() }));

const target = postgresTarget();
if (target) {
  describeBranches('PostgreSQL', async () => {
    const { databaseUrl, schema, dropSchema } = await target.freshSchema('branches');
    return { driver: await openPostgresDriver({ databaseUrl, schema }), cleanup: dropSchema };
  });
}
