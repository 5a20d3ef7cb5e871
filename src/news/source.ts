import type { Article, ArticleSummary } from './schema/article';
import type { Entity, EntitySummary, EntityType } from './schema/entity';
import type { SourcesClient } from './http/sources-client';
import type { SourceListEnvelope, SourceRecord } from './schema/source-record';
import type { DroppedItem, RepairedItem } from './validate';

export interface ArticleQuery {
  /** Free text over title, summary, body and entity names; case- and diacritic-insensitive. */
  q?: string;
  /** Entity ids; a story must mention every one of them. */
  entities?: readonly string[];
  source?: string;
  topic?: string;
  cursor?: string;
  limit?: number;
}

export interface EntityQuery {
  /** Matches entity names and aliases. */
  q?: string;
  type?: EntityType;
  /** Restricts the counted stories to those mentioning all of these (co-occurrence). */
  entities?: readonly string[];
  source?: string;
  topic?: string;
  limit?: number;
}

export interface ArticlePage {
  items: ArticleSummary[];
  nextCursor: string | null;
  total: number;
  /** Items the source sent that failed validation and were left out. */
  dropped: DroppedItem[];
  /** Items kept after fields were read leniently or left out; absent where the data is Lede's own. */
  repaired?: RepairedItem[];
  /** Pages in a row that had nothing to show and were skipped to reach this one (see skip-empty-pages). */
  skippedPages?: number;
}

export interface EntityList {
  items: EntitySummary[];
  dropped: DroppedItem[];
  /** Items kept after fields were read leniently or left out; absent where the data is Lede's own. */
  repaired?: RepairedItem[];
}

export interface SourceList {
  items: SourceRecord[];
  dropped: DroppedItem[];
  /** Whether the backend takes changes to its sources; absent where it does not say (see SourceListEnvelopeSchema). */
  writable?: SourceListEnvelope['writable'];
}

/** The one contract the reader depends on; the bundled fixtures and any HTTP backend both fulfil it. */
export interface NewsSource {
  readonly kind: 'fixture' | 'http';
  listArticles(query: ArticleQuery, signal?: AbortSignal): Promise<ArticlePage>;
  getArticle(id: string, signal?: AbortSignal): Promise<Article>;
  listEntities(query: EntityQuery, signal?: AbortSignal): Promise<EntityList>;
  getEntity(id: string, signal?: AbortSignal): Promise<Entity>;
  /**
   * The sources stories come from, with their health, sorted by name. Optional: a backend that
   * predates sources leaves it out, and the reader then names sources from the stories alone.
   */
  listSources?(signal?: AbortSignal): Promise<SourceList>;
  /**
   * The admin side of a backend's sources (add, refresh, change, remove, OPML), with the token the
   * person gave. Absent for the bundled stories, which no one administers.
   */
  sourcesAdmin?(token: string): SourcesClient;
  /** Releases what the source holds beyond plain requests (a worker); called when its reader unmounts. */
  dispose?(): void;
  /**
   * Stories the source improved after delivering them (entities found in the text later): the
   * reader puts them in its cache, so a story is shown at once and gains its entities when ready.
   * Returns the unsubscribe function.
   */
  onStoryUpdate?(listener: (article: Article) => void): () => void;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_ENTITY_LIMIT = 20;
export const MAX_ENTITY_LIMIT = 200;
/** Longer search text is not a search a person typed; the API refuses it rather than scan for it. */
export const MAX_QUERY_LENGTH = 200;
/** Each entity filter narrows an AND; past a handful nothing is left to find, only work to do. */
export const MAX_ENTITY_FILTERS = 10;
