import { publishedTime } from '../published-time';
import type { Article, ArticleSummary } from '../schema/article';
import type { EntityIndexEntry, SearchRecord } from '../schema/corpus-pages';
import type { Entity, EntitySummary } from '../schema/entity';
import type { SourceRecord } from '../schema/source-record';
import {
  DEFAULT_ENTITY_LIMIT,
  DEFAULT_PAGE_SIZE,
  MAX_ENTITY_LIMIT,
  MAX_PAGE_SIZE,
  type ArticlePage,
  type ArticleQuery,
  type EntityList,
  type EntityQuery,
} from '../source';
import { bundledSources } from './bundled-sources';
import { compareKeys, decodeCursor, encodeCursor, type CursorKey } from './cursor';
import { foldText, queryTerms } from './fold';
import { storyWords } from './story-words';
import { clamp, compareEntitySummaries } from './ranking';
import { toSummary } from './summarize';

export interface SearchIndex {
  readonly size: number;
  listArticles(query: ArticleQuery): ArticlePage;
  listEntities(query: EntityQuery): EntityList;
  /** The publishers of the stories, for the source filter and the Sources view. */
  listSources(): SourceRecord[];
}

interface Indexed {
  record: SearchRecord;
  key: CursorKey;
  entityIds: ReadonlySet<string>;
  topics: ReadonlySet<string>;
}

export type { EntityIndexEntry, SearchRecord };

/** `words` is what a search looks in (see storyWords); the PostgreSQL store keeps the same string. */
export function toSearchRecord(article: Article): SearchRecord {
  return { summary: toSummary(article), entityIds: article.entities.map((e) => e.id), words: storyWords(article) };
}

export function toEntityIndexEntry({ id, name, type, role, aliases, articleCount }: Entity): EntityIndexEntry {
  return { id, name, type, ...(role !== undefined ? { role } : {}), aliases, articleCount };
}

/** The one implementation of search, filters, pagination and entity ranking, for the browser and the dev API. */
export function createSearchIndex(
  records: readonly SearchRecord[],
  entities: readonly EntityIndexEntry[],
): SearchIndex {
  const ordered = records.map(indexRecord).sort((a, b) => compareKeys(a.key, b.key));
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const entityNames = new Map(entities.map((e) => [e.id, foldText([e.name, ...e.aliases].join('\n'))]));
  const sources = bundledSources(records.map((record) => record.summary));

  function matching(query: Omit<ArticleQuery, 'cursor' | 'limit'>): Indexed[] {
    const terms = queryTerms(query.q);
    const wanted = query.entities ?? [];
    const topic = query.topic ? foldText(query.topic) : undefined;
    return ordered.filter(
      (item) =>
        (!query.source || item.record.summary.source.id === query.source) &&
        (!topic || item.topics.has(topic)) &&
        wanted.every((id) => item.entityIds.has(id)) &&
        terms.every((term) => item.record.words.includes(term)),
    );
  }

  return {
    size: ordered.length,
    listSources: () => sources,

    listArticles(query) {
      const limit = clamp(query.limit ?? DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
      const found = matching(query);
      const start = query.cursor ? firstAfter(found, decodeCursor(query.cursor)) : 0;
      const page = found.slice(start, start + limit);
      const last = page.at(-1);
      const hasMore = start + limit < found.length;
      return {
        items: page.map((item) => item.record.summary),
        nextCursor: hasMore && last ? encodeCursor(last.key) : null,
        total: found.length,
        dropped: [],
      };
    },

    listEntities(query) {
      const limit = clamp(query.limit ?? DEFAULT_ENTITY_LIMIT, 1, MAX_ENTITY_LIMIT);
      const within = new Set(query.entities ?? []);
      const terms = queryTerms(query.q);
      const counts = new Map<string, number>();
      for (const item of matching({ entities: query.entities, source: query.source, topic: query.topic })) {
        for (const id of item.entityIds) if (!within.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      const items: EntitySummary[] = [];
      for (const [id, count] of counts) {
        const entity = entityById.get(id);
        if (!entity || (query.type && entity.type !== query.type)) continue;
        const names = entityNames.get(id) ?? '';
        if (!terms.every((term) => names.includes(term))) continue;
        const { name, type, role, articleCount } = entity;
        items.push({ id, name, type, ...(role !== undefined ? { role } : {}), count, articleCount });
      }
      items.sort(compareEntitySummaries);
      return { items: items.slice(0, limit), dropped: [] };
    },
  };
}

/** The key a story sorts by; a cursor names the last one a page ended on. */
export function cursorKeyOf(summary: Pick<ArticleSummary, 'id' | 'publishedAt'>): CursorKey {
  return { time: publishedTime(summary.publishedAt), id: summary.id };
}

function indexRecord(record: SearchRecord): Indexed {
  return {
    record,
    key: cursorKeyOf(record.summary),
    entityIds: new Set(record.entityIds),
    topics: new Set(record.summary.topics.map(foldText)),
  };
}

/** Index of the first story that sorts after the cursor; the cursor's own story need not still exist. */
function firstAfter(items: readonly Indexed[], cursor: CursorKey): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const item = items[mid];
    if (item && compareKeys(item.key, cursor) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
