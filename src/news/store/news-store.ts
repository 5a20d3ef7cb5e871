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

/** The outcome of one write: stories written whole, and those refused with a reason naming the field. */
export interface UpsertReport {
  written: string[];
  refused: { id: string | null; reason: string }[];
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
   * Validates each story, refusing bad ones (reported, never stored), then writes the rest in one
   * transaction: a story already stored is replaced whole, with its entities and mentions.
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
