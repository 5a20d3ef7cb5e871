import { queryOptions } from '@tanstack/react-query';
import type { NewsSource } from '../../news/source';

export const articleQueries = {
  all: () => ['articles', 'detail'] as const,
  detail: (source: NewsSource, id: string) =>
    queryOptions({
      queryKey: [...articleQueries.all(), id] as const,
      queryFn: ({ signal }) => source.getArticle(id, signal),
      // A published story rarely changes; keep it fresh for a while so going back and forth is instant.
      staleTime: 5 * 60_000,
    }),
};
