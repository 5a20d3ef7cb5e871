/**
 * Lede's store: the only code with SQL in it. One schema and one set of queries run on two engines,
 * PGlite (embedded, a data directory or memory) and a PostgreSQL server (`pg`, DATABASE_URL).
 *
 * Public API (stable; the server imports only this file):
 *
 *   openStore({ dataDir?, databaseUrl?, schema?, inMemory? }): Promise<SqlNewsStore>
 *     databaseUrl -> PostgreSQL server (optional `schema`, created if missing); else inMemory ->
 *     PGlite in memory; else dataDir -> PGlite in that directory (created if missing; one process
 *     owns it). Applies migrations before resolving (transaction + advisory lock; rejects with a
 *     NewsError kind 'config' naming the problem when the database is newer than the code or an
 *     applied migration was edited). Reads never load the corpus into memory.
 *
 *   SqlNewsStore = NewsStore (src/news/store/news-store.ts) & { engine: 'pglite' | 'postgres'; schemaVersion }
 *     listArticles / getArticle / listEntities / getEntity  answer exactly as the in-memory engine
 *       (same cursors, same order, same 404 NewsErrors, same 400 for a bad cursor).
 *     upsertArticles(unknown[]) / upsertEntities(unknown[]) -> UpsertReport { written ids, refused
 *       [{ id, reason naming the field }] }. Validation first (refused stories are never stored and
 *       never abort the rest), then ONE transaction per call; a story given twice is written once
 *       (last wins); a stored story is replaced whole with its entities and mentions. Writes from
 *       every process take one advisory lock, so they serialize and entity counts never race.
 *     seedOnce({ articles, entities }) -> SeedReport: writes only if the store was never seeded,
 *       in the transaction that records it.
 *     deleteArticle(id) -> boolean; health() -> { ok, engine, schemaVersion, articleCount, detail? }
 *       (never throws); close() -> idempotent.
 *
 *   seedFromCorpusDir(store, dir, { imageUrl? }) -> SeedReport: reads dir/articles.json and
 *     entities.json and seeds them once; image paths default to `../data/<path>` (apiImageUrl).
 *
 *   createMemoryStore() (from src/news/store/memory-store.ts, no SQL) implements the same NewsStore.
 *   STORY_LIMITS (src/news/store/story-validation.ts): the caps checked at write time.
 */
export { openStore, type OpenStoreOptions } from './open-store';
export type { SqlNewsStore } from './sql-store';
export { apiImageUrl, seedFromCorpusDir, type SeedOptions } from './seed';
export { createMemoryStore } from '../news/store/memory-store';
export type {
  NewsReadStore,
  NewsStore,
  SeedCorpus,
  SeedReport,
  StoreHealth,
  UpsertReport,
} from '../news/store/news-store';
export { STORY_LIMITS } from '../news/store/story-validation';
