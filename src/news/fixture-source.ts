import * as v from 'valibot';
import { throwIfAborted } from './abort';
import { withImageBase } from './corpus-data';
import {
  entityFile,
  FIRST_PAGE_ENTITIES,
  FIRST_PAGE_FILE,
  FIRST_PAGE_STORIES,
  SEARCH_INDEX_FILE,
  storyFile,
} from './corpus-pages';
import { entityNotFound, storyNotFound } from './engine/corpus-index';
import { encodeCursor } from './engine/cursor';
import { NewsError } from './errors';
import { queryTerms } from './engine/fold';
import { clamp } from './engine/ranking';
import { createSearchIndex, cursorKeyOf, type SearchIndex } from './engine/search-index';
import { readDataFile } from './read-data-file';
import { ArticleSchema, ArticleSummarySchema, type ArticleSummary } from './schema/article';
import {
  EntityIndexEntrySchema,
  FirstPageFileSchema,
  SearchIndexFileSchema,
  SearchRecordSchema,
} from './schema/corpus-pages';
import { EntitySchema, EntitySummarySchema, type EntitySummary } from './schema/entity';
import {
  DEFAULT_ENTITY_LIMIT,
  DEFAULT_PAGE_SIZE,
  MAX_ENTITY_LIMIT,
  MAX_PAGE_SIZE,
  type ArticlePage,
  type ArticleQuery,
  type NewsSource,
  type SourceList,
} from './source';
import { itemLabel, parseEach, parseOrThrow, type DroppedItem } from './validate';

export interface FixtureSourceOptions {
  /** The data folder `npm run corpus` writes, e.g. "/data/" or a URL beside an embed script. */
  dataUrl: string;
  fetch?: typeof globalThis.fetch;
}

interface FirstPage {
  total: number;
  stories: ArticleSummary[];
  entities: EntitySummary[];
  dropped: DroppedItem[];
}

interface Indexed {
  index: SearchIndex;
  dropped: DroppedItem[];
}

/**
 * The bundled corpus, fetched a view at a time (src/news/corpus-pages.ts): the unfiltered feed's
 * first page from one small file, a story or an entity from its own, and searches, filters and
 * later pages from the search index, loaded the first time one is asked for and then answered in
 * the browser by the same engine the dev API uses.
 */
export interface FixtureSource extends NewsSource {
  /** Starts fetching the feed's first page now, so the first query finds it on its way. */
  preload(): void;
  /** The corpus's publishers, as bundled sources: always there for the bundled stories. */
  listSources(signal?: AbortSignal): Promise<SourceList>;
}

export function createFixtureSource({
  dataUrl,
  fetch = globalThis.fetch.bind(globalThis),
}: FixtureSourceOptions): FixtureSource {
  const folder = new URL(
    dataUrl.endsWith('/') ? dataUrl : `${dataUrl}/`,
    globalThis.location?.href ?? 'http://localhost/',
  ).href;
  const resolveImage = <T extends { image?: { url: string } }>(item: T) =>
    withImageBase(item, (url) => new URL(url, folder).href);
  const read = (file: string) => readDataFile(fetch, folder, file);
  const readRequired = (file: string) =>
    read(file).then((data) => {
      if (data === undefined) {
        throw new NewsError('http', `The bundled stories could not be loaded: ${file} answered 404.`, { status: 404 });
      }
      return data;
    });

  const firstPage = once(() => readRequired(FIRST_PAGE_FILE).then((data) => parseFirstPage(data, resolveImage)));
  const searchIndex = once(() => readRequired(SEARCH_INDEX_FILE).then((data) => parseSearchIndex(data, resolveImage)));

  async function listArticles(query: ArticleQuery, signal?: AbortSignal): Promise<ArticlePage> {
    throwIfAborted(signal);
    const limit = clamp(query.limit ?? DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    if (isUnfiltered(query) && !query.cursor && limit <= FIRST_PAGE_STORIES) {
      const page = await firstPage();
      throwIfAborted(signal);
      const items = page.stories.slice(0, limit);
      const last = items.at(-1);
      const nextCursor = page.total > limit && last ? encodeCursor(cursorKeyOf(last)) : null;
      return { items, nextCursor, total: page.total, dropped: page.dropped };
    }
    const { index, dropped } = await searchIndex();
    throwIfAborted(signal);
    return { ...index.listArticles(query), dropped };
  }

  return {
    kind: 'fixture',
    preload: () => void firstPage().catch(() => undefined),
    listArticles,
    async listEntities(query, signal) {
      throwIfAborted(signal);
      const limit = clamp(query.limit ?? DEFAULT_ENTITY_LIMIT, 1, MAX_ENTITY_LIMIT);
      if (isUnfiltered(query) && !query.type && limit <= FIRST_PAGE_ENTITIES) {
        const page = await firstPage();
        throwIfAborted(signal);
        return { items: page.entities.slice(0, limit), dropped: [] };
      }
      const { index } = await searchIndex();
      throwIfAborted(signal);
      return index.listEntities(query);
    },
    async getArticle(id, signal) {
      throwIfAborted(signal);
      const data = await read(storyFile(id));
      throwIfAborted(signal);
      if (data === undefined) throw storyNotFound(id);
      return resolveImage(parseOrThrow(ArticleSchema, data, `article '${id}'`));
    },
    async getEntity(id, signal) {
      throwIfAborted(signal);
      const data = await read(entityFile(id));
      throwIfAborted(signal);
      if (data === undefined) throw entityNotFound(id);
      return parseOrThrow(EntitySchema, data, `entity '${id}'`);
    },
    async listSources(signal) {
      throwIfAborted(signal);
      const { index } = await searchIndex();
      throwIfAborted(signal);
      return { items: index.listSources(), dropped: [] };
    },
  };
}

/** No search words and no filters: the unfiltered feed (the words ", " search nothing, as in the engine). */
function isUnfiltered(query: Pick<ArticleQuery, 'q' | 'entities' | 'source' | 'topic'>): boolean {
  return queryTerms(query.q).length === 0 && !query.entities?.length && !query.source && !query.topic;
}

type Resolve = <T extends { image?: { url: string } }>(item: T) => T;

function parseFirstPage(data: unknown, resolveImage: Resolve): FirstPage {
  const file = parseOrThrow(FirstPageFileSchema, data, FIRST_PAGE_FILE);
  const stories = parseEach(ArticleSummarySchema, file.stories, itemLabel('article'));
  const entities = parseEach(EntitySummarySchema, file.entities, itemLabel('entity'));
  const dropped = [...stories.dropped, ...entities.dropped];
  warnDropped(dropped);
  return { total: file.total, stories: stories.items.map(resolveImage), entities: entities.items, dropped };
}

function parseSearchIndex(data: unknown, resolveImage: Resolve): Indexed {
  const file = parseOrThrow(SearchIndexFileSchema, data, SEARCH_INDEX_FILE);
  const labelOf = (item: unknown, index: number) =>
    itemLabel('article')(v.is(v.object({ summary: v.unknown() }), item) ? item.summary : item, index);
  const stories = parseEach(SearchRecordSchema, file.stories, labelOf);
  const entities = parseEach(EntityIndexEntrySchema, file.entities, itemLabel('entity'));
  const dropped = [...stories.dropped, ...entities.dropped];
  warnDropped(dropped);
  const records = stories.items.map((record) => ({ ...record, summary: resolveImage(record.summary) }));
  return { index: createSearchIndex(records, entities.items), dropped };
}

function warnDropped(dropped: readonly DroppedItem[]): void {
  for (const item of dropped) console.warn(`Lede left out ${item.label}: ${item.reason}`);
}

/** A promise made on first use and kept; a failed one is dropped, so the next call tries again. */
function once<T>(start: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= start().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
