import { NewsError } from '../errors';
import type { Article, ArticleSummary } from '../schema/article';
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
import { compareKeys, decodeCursor, encodeCursor, type CursorKey } from './cursor';
import { bundledSources } from './bundled-sources';
import { foldText, queryTerms } from './fold';
import { storyHaystack } from './haystack';
import { clamp, compareEntitySummaries, dropUndefinedRole } from './ranking';
import { toSummary } from './summarize';

interface IndexedArticle {
  article: Article;
  summary: ArticleSummary;
  key: CursorKey;
  haystack: string;
  entityIds: ReadonlySet<string>;
  topics: ReadonlySet<string>;
}

/** The one implementation of search, filters, pagination and entity ranking, for the browser and the dev API. */
export interface CorpusIndex {
  readonly size: number;
  listArticles(query: ArticleQuery): ArticlePage;
  getArticle(id: string): Article;
  listEntities(query: EntityQuery): EntityList;
  getEntity(id: string): Entity;
  /** The publishers of the indexed stories, as bundled sources. */
  listSources(): SourceRecord[];
}

export function createCorpusIndex(articles: readonly Article[], entities: readonly Entity[]): CorpusIndex {
  const ordered = articles.map(indexArticle).sort((a, b) => compareKeys(a.key, b.key));
  const byId = new Map(ordered.map((item) => [item.article.id, item]));
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const entityNames = new Map(entities.map((e) => [e.id, foldText([e.name, ...e.aliases].join('\n'))]));
  const sources = bundledSources(articles);

  function matching(query: Omit<ArticleQuery, 'cursor' | 'limit'>): IndexedArticle[] {
    const terms = queryTerms(query.q);
    const wanted = query.entities ?? [];
    const topic = query.topic ? foldText(query.topic) : undefined;
    return ordered.filter(
      (item) =>
        (!query.source || item.article.source.id === query.source) &&
        (!topic || item.topics.has(topic)) &&
        wanted.every((id) => item.entityIds.has(id)) &&
        terms.every((term) => item.haystack.includes(term)),
    );
  }

  return {
    size: ordered.length,

    listArticles(query) {
      const limit = clamp(query.limit ?? DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
      const found = matching(query);
      const start = query.cursor ? firstAfter(found, decodeCursor(query.cursor)) : 0;
      const page = found.slice(start, start + limit);
      const last = page.at(-1);
      const hasMore = start + limit < found.length;
      return {
        items: page.map((item) => item.summary),
        nextCursor: hasMore && last ? encodeCursor(last.key) : null,
        total: found.length,
        dropped: [],
      };
    },

    getArticle(id) {
      const found = byId.get(id);
      if (!found) throw new NewsError('not-found', `There is no story with the id '${id}'.`, { status: 404 });
      return found.article;
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
        items.push({
          id,
          name: entity.name,
          type: entity.type,
          role: entity.role,
          count,
          articleCount: entity.articleCount,
        });
      }
      items.sort(compareEntitySummaries);
      return { items: items.slice(0, limit).map(dropUndefinedRole), dropped: [] };
    },

    getEntity(id) {
      const found = entityById.get(id);
      if (!found) throw new NewsError('not-found', `There is no entity with the id '${id}'.`, { status: 404 });
      return found;
    },

    listSources: () => sources,
  };
}

function indexArticle(article: Article): IndexedArticle {
  return {
    article,
    summary: toSummary(article),
    key: { time: Date.parse(article.publishedAt), id: article.id },
    haystack: storyHaystack(article),
    entityIds: new Set(article.entities.map((entity) => entity.id)),
    topics: new Set(article.topics.map(foldText)),
  };
}

/** Index of the first story that sorts after the cursor; the cursor's own story need not still exist. */
function firstAfter(items: readonly IndexedArticle[], cursor: CursorKey): number {
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
