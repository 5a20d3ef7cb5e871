import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { toStoryFilters, type FeedSearch } from '../../news/feed-search';
import { newsQueries } from '../../news/queries';
import { useNewsSource } from '../../news/source-context';
import { useReading } from '../../reading/reading-context';
import type { ReadingState } from '../../reading/schema';

const followedIds = (state: ReadingState) => state.following;

/** The feed's pages as one list of stories, with what the lists, header and footer need to know. */
export function useStoryFeed(search: FeedSearch) {
  const source = useNewsSource();
  const following = useReading(followedIds);
  const filters = toStoryFilters(search);
  const options = newsQueries.storyList(
    source,
    search.following ? { ...filters, anyOf: following.map((entity) => entity.id) } : filters,
  );
  const { data, hasNextPage, isFetching, isFetchingNextPage, isFetchNextPageError, error, fetchNextPage } =
    useSuspenseInfiniteQuery(options);
  const items = useMemo(() => data.pages.flatMap((page) => page.items), [data.pages]);
  // Stable while the stories are: the virtualizer re-lays out every row whenever this changes.
  const storyKey = useCallback((index: number) => items[index]?.id ?? index, [items]);
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const dropped = data.pages.reduce((count, page) => count + page.dropped.length, 0);
  const repaired = useMemo(() => data.pages.flatMap((page) => page.repaired ?? []), [data.pages]);
  // The last page came back empty with more behind it: the source's empty run outlasted the
  // look-ahead, so the reader decides whether to keep looking (scrolling alone never does).
  const lastPage = data.pages.at(-1);
  const stalled = hasNextPage && lastPage !== undefined && lastPage.items.length === 0;
  return {
    /** Names this list of stories: equal filters, equal key. */
    key: JSON.stringify(options.queryKey),
    items,
    storyKey,
    total: data.pages[0]?.total ?? items.length,
    dropped,
    repaired,
    stalled,
    skippedPages: lastPage?.skippedPages ?? 0,
    hasNextPage,
    isFetching,
    isFetchingNextPage,
    nextPageError: isFetchNextPageError ? error : null,
    fetchNextPage: loadMore,
  };
}

export type StoryFeed = ReturnType<typeof useStoryFeed>;
