import { queryOptions } from '@tanstack/react-query';
import { MAX_PAGE_SIZE, type NewsSource } from '../../news/source';

export const libraryQueries = {
  /** The newest stories mentioning a followed entity, enough to count which are still unread. */
  entityStories: (source: NewsSource, entityId: string) =>
    queryOptions({
      queryKey: ['articles', 'newest-mentioning', entityId] as const,
      queryFn: ({ signal }) => source.listArticles({ entities: [entityId], limit: MAX_PAGE_SIZE }, signal),
    }),
};
