import type { Article } from '../schema/article';
import type { Entity } from '../schema/entity';
import type { ArticlePage, ArticleQuery, EntityList, EntityQuery } from '../source';

/** What the API handler reads; the in-memory corpus index and the PostgreSQL store both answer it. */
export interface NewsReadStore {
  listArticles(query: ArticleQuery): Promise<Omit<ArticlePage, 'dropped'>>;
  getArticle(id: string): Promise<Article>;
  listEntities(query: EntityQuery): Promise<Omit<EntityList, 'dropped'>>;
  getEntity(id: string): Promise<Entity>;
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

/** A store that keeps stories arriving over time; every write is one transaction. */
export interface NewsStore extends NewsReadStore {
  upsertArticles(articles: readonly unknown[]): Promise<UpsertReport>;
  deleteArticle(id: string): Promise<boolean>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
