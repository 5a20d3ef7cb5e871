import { queryOptions } from '@tanstack/react-query';
import type { EntityQuery, NewsSource } from '../../news/source';

/** Entity rankings; they share the 'entities' root with newsQueries.entity so one invalidation covers both. */
export const entityQueries = {
  all: () => ['entities'] as const,

  list: (source: NewsSource, query: EntityQuery) => {
    const normalized = normalizeQuery(query);
    return queryOptions({
      queryKey: [...entityQueries.all(), 'list', normalized] as const,
      queryFn: ({ signal }) => source.listEntities(normalized, signal),
      staleTime: 60_000,
    });
  },
};

/** Equal queries make equal keys, whatever order or empty values they came with. */
function normalizeQuery(query: EntityQuery): EntityQuery {
  return {
    ...(query.q?.trim() ? { q: query.q.trim() } : {}),
    ...(query.type ? { type: query.type } : {}),
    ...(query.entities?.length ? { entities: [...query.entities].sort() } : {}),
    ...(query.source ? { source: query.source } : {}),
    ...(query.topic ? { topic: query.topic } : {}),
    ...(query.limit !== undefined ? { limit: query.limit } : {}),
  };
}
