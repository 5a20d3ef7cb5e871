import type { Repair } from '../repair/repair-log';
import type { Article } from '../schema/article';
import type { Entity } from '../schema/entity';
import type { SourceRecord } from '../schema/source-record';
import type { ArticlePage, ArticleQuery, EntityList, EntityQuery } from '../source';

/** What the API handler reads; the in-memory corpus index and the PostgreSQL store both answer it. */
export interface NewsReadStore {
  listArticles(query: ArticleQuery): Promise<Omit<ArticlePage, 'dropped'>>;
  getArticle(id: string): Promise<Article>;
  listEntities(query: EntityQuery): Promise<Omit<EntityList, 'dropped'>>;
  getEntity(id: string): Promise<Entity>;
  /** Every source not removed, sorted by name; publishers of stories that came without a feed are `bundled`. */
  listSources(): Promise<SourceRecord[]>;
}

/**
 * The outcome of one write: the ids written whole (in one transaction), what was changed to keep
 * each story that needed it (the reader's rules: a bad field costs only itself), and the stories
 * refused, each with the field that left nothing readable or broke a size limit, and why.
 */
export interface UpsertReport {
  written: string[];
  repaired: { id: string; repairs: Repair[] }[];
  refused: { id: string | null; field: string; reason: string }[];
}

export interface StoreHealth {
  ok: boolean;
  engine: 'memory' | 'pglite' | 'postgres';
  schemaVersion: number | null;
  articleCount: number;
  detail?: string;
}

/** The bundled corpus (articles.json, entities.json), as loaded into a store on its first start. */
export interface SeedCorpus {
  articles: readonly unknown[];
  entities: readonly unknown[];
}

export interface SeedReport extends UpsertReport {
  /** False when this store had been seeded before: nothing was written. */
  seeded: boolean;
}

/** A store that keeps stories arriving over time; every write is one transaction. */
export interface NewsStore extends NewsReadStore {
  /**
   * Checks each story field by field (src/news/store/story-validation.ts), repairing what it can
   * and refusing what is unreadable or too big (both reported, a refused story never stored), then
   * writes the rest in one transaction: a story already stored is replaced whole, with its
   * entities and mentions.
   */
  upsertArticles(articles: readonly unknown[]): Promise<UpsertReport>;
  /**
   * Curated entity facts (id, aliases, description); whole entity records are accepted and the
   * derived fields ignored, since counts, names and co-occurrence always come from the stories.
   */
  upsertEntities(records: readonly unknown[]): Promise<UpsertReport>;
  /** Loads the corpus only if this store was never seeded, in the same transaction that marks it. */
  seedOnce(corpus: SeedCorpus): Promise<SeedReport>;
  deleteArticle(id: string): Promise<boolean>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
