import { NewsError } from '../errors';
import type { Article } from '../schema/article';
import type { Entity } from '../schema/entity';
import { createSearchIndex, toEntityIndexEntry, toSearchRecord, type SearchIndex } from './search-index';

/** A whole corpus in memory: the search index over it, and every story and entity by id. */
export interface CorpusIndex extends SearchIndex {
  getArticle(id: string): Article;
  getEntity(id: string): Entity;
}

export function createCorpusIndex(articles: readonly Article[], entities: readonly Entity[]): CorpusIndex {
  const search = createSearchIndex(articles.map(toSearchRecord), entities.map(toEntityIndexEntry));
  const byId = new Map(articles.map((article) => [article.id, article]));
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  return {
    size: search.size,
    listArticles: (query) => search.listArticles(query),
    listEntities: (query) => search.listEntities(query),
    listSources: () => search.listSources(),
    getArticle(id) {
      const found = byId.get(id);
      if (!found) throw storyNotFound(id);
      return found;
    },
    getEntity(id) {
      const found = entityById.get(id);
      if (!found) throw entityNotFound(id);
      return found;
    },
  };
}

export function storyNotFound(id: string): NewsError {
  return new NewsError('not-found', `There is no story with the id '${id}'.`, { status: 404 });
}

export function entityNotFound(id: string): NewsError {
  return new NewsError('not-found', `There is no entity with the id '${id}'.`, { status: 404 });
}
