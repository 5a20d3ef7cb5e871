import type { Article } from './schema/article';
import type { EntitySummary, Entity } from './schema/entity';
import type { ArticleSummary } from './schema/article';
import {
  createSearchIndex,
  toEntityIndexEntry,
  toSearchRecord,
  type EntityIndexEntry,
  type SearchRecord,
} from './engine/search-index';
import { DEFAULT_ENTITY_LIMIT, DEFAULT_PAGE_SIZE } from './source';

/**
 * The bundled corpus cut to what each view needs, written by `npm run corpus` beside
 * articles.json and entities.json (which the dev API and the server's seed read whole). The feed's
 * first screen needs only the first page; a story or an entity page, its own file; only a search,
 * a filter or a later page loads the search index. So 10,000 bundled stories start as fast as 40.
 */
export const FIRST_PAGE_FILE = 'first-page.json';
export const SEARCH_INDEX_FILE = 'search-index.json';
export const storyFile = (id: string) => `stories/${id}.json`;
export const entityFile = (id: string) => `entities/${id}.json`;

/** The unfiltered feed's first page and its entity ranking: as many as either asks for by default. */
export const FIRST_PAGE_STORIES = DEFAULT_PAGE_SIZE;
export const FIRST_PAGE_ENTITIES = DEFAULT_ENTITY_LIMIT;

export interface FirstPage {
  total: number;
  stories: ArticleSummary[];
  entities: EntitySummary[];
}

export interface SearchIndexFile {
  stories: SearchRecord[];
  entities: EntityIndexEntry[];
}

export interface CorpusPages {
  firstPage: FirstPage;
  searchIndex: SearchIndexFile;
}

/** The first page and the search index, answered by the same engine that answers queries later. */
export function corpusPages(articles: readonly Article[], entities: readonly Entity[]): CorpusPages {
  const searchIndex = { stories: articles.map(toSearchRecord), entities: entities.map(toEntityIndexEntry) };
  const index = createSearchIndex(searchIndex.stories, searchIndex.entities);
  const page = index.listArticles({ limit: FIRST_PAGE_STORIES });
  const ranking = index.listEntities({ limit: FIRST_PAGE_ENTITIES });
  return { firstPage: { total: page.total, stories: page.items, entities: ranking.items }, searchIndex };
}
