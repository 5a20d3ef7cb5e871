import type { NewsStore, SeedReport, StoreHealth, UpsertReport } from '../news/store/news-store';
import { checkEntityRecord } from '../news/store/entity-record-validation';
import { checkBatch, checkStory } from '../news/store/story-validation';
import type { SqlDriver, SqlExecutor } from './driver/driver';
import { WRITE_LOCK } from './locks';
import { getArticle, listArticles } from './read-articles';
import { getEntity, listEntities } from './read-entities';
import type { SourceStore } from '../news/store/source-store';
import { claimDueSources, claimSource } from './sources/claim-sources';
import { listSources, readSourceRow } from './sources/read-sources';
import { toSourceRecord } from './sources/source-rows';
import { findStoryKeys, rememberStories, storyFingerprints } from './sources/story-keys';
import { addSources, recordFetch, removeSource, updateSource } from './sources/write-sources';
import { createStatsKeeper } from './stats-keeper';
import { verifyStore } from './verify';
import { deleteStory, writeCuratedEntities, writeStories } from './write-stories';

export interface SqlNewsStore extends NewsStore, SourceStore {
  readonly engine: SqlDriver['engine'];
  readonly schemaVersion: number;
  /** Problems found by reading everything back (empty: consistent); see verify.ts. Not per request. */
  verify(): Promise<string[]>;
}

/**
 * The NewsStore over SQL. Each call to upsertArticles, upsertEntities, seedOnce or deleteArticle is
 * one transaction: validation happens first, outside it, so refused stories never abort a batch.
 */
export function createSqlStore(driver: SqlDriver, schemaVersion: number): SqlNewsStore {
  const stats = createStatsKeeper(driver);
  let closed: Promise<void> | undefined;

  async function write<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return driver.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      return work(tx);
    });
  }

  const store: SqlNewsStore = {
    engine: driver.engine,
    schemaVersion,
    listArticles: (query) => listArticles(driver, query),
    getArticle: (id) => getArticle(driver, id),
    listEntities: (query) => listEntities(driver, query),
    getEntity: (id) => getEntity(driver, id),
    listSources: () => listSources(driver),

    async getSource(id) {
      const row = await readSourceRow(driver, id);
      return row ? toSourceRecord(row) : undefined;
    },
    addSources: (sources) => driver.transaction((tx) => addSources(tx, sources)),
    updateSource: (id, patch, now) => driver.transaction((tx) => updateSource(tx, id, patch, now)),
    removeSource: (id) => driver.transaction((tx) => removeSource(tx, id)),
    listFeedSources: async () => (await listSources(driver)).filter((source) => source.url !== null),
    claimDueSources: (owner, now, leaseMs, limit) => claimDueSources(driver, owner, now, leaseMs, limit),
    claimSource: (id, owner, now, leaseMs) => claimSource(driver, id, owner, now, leaseMs),
    recordFetch: (id, owner, record) => driver.transaction((tx) => recordFetch(tx, id, owner, record)),
    findStoryKeys: (keys) => findStoryKeys(driver, keys),
    storyFingerprints: (ids) => storyFingerprints(driver, ids),
    rememberStories: (entries) => driver.transaction((tx) => rememberStories(tx, entries)),

    async upsertArticles(inputs): Promise<UpsertReport> {
      const { accepted, repaired, refused } = checkBatch(inputs, checkStory);
      if (accepted.size > 0) await write((tx) => writeStories(tx, [...accepted.values()]));
      await stats.wrote(accepted.size);
      return { written: [...accepted.keys()], repaired, refused };
    },

    async upsertEntities(inputs): Promise<UpsertReport> {
      const { accepted, repaired, refused } = checkBatch(inputs, checkEntityRecord);
      if (accepted.size > 0) await write((tx) => writeCuratedEntities(tx, [...accepted.values()]));
      return { written: [...accepted.keys()], repaired, refused };
    },

    async seedOnce(corpus): Promise<SeedReport> {
      const entities = checkBatch(corpus.entities, checkEntityRecord);
      const articles = checkBatch(corpus.articles, checkStory);
      const seeded = await write(async (tx) => {
        const claimed = await tx.query(
          `INSERT INTO store_meta (key, value) VALUES ('seeded_at', now()::text) ON CONFLICT (key) DO NOTHING RETURNING key`,
        );
        if (claimed.length === 0) return false;
        await writeCuratedEntities(tx, [...entities.accepted.values()]);
        await writeStories(tx, [...articles.accepted.values()]);
        return true;
      });
      if (!seeded) return { seeded, written: [], repaired: [], refused: [] };
      await stats.wrote(articles.accepted.size);
      return {
        seeded,
        written: [...articles.accepted.keys()],
        repaired: [...entities.repaired, ...articles.repaired],
        refused: [...entities.refused, ...articles.refused],
      };
    },

    async deleteArticle(id) {
      return write((tx) => deleteStory(tx, id));
    },

    verify: () => verifyStore(driver),

    async health(): Promise<StoreHealth> {
      try {
        const [row] = await driver.query<{ version: number | null; count: number }>(
          'SELECT (SELECT max(version) FROM schema_migrations) AS version, (SELECT n FROM article_count) AS count',
        );
        return { ok: true, engine: driver.engine, schemaVersion: row?.version ?? null, articleCount: row?.count ?? 0 };
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, engine: driver.engine, schemaVersion: null, articleCount: 0, detail };
      }
    },

    close() {
      closed ??= driver.close();
      return closed;
    },
  };
  return store;
}
