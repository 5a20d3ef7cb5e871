import { useEffect } from 'react';
import type { StoryFeed } from './use-story-feed';

/** How close to the last loaded story the reader gets before the next page is asked for. */
const NEAR_END = 5;

/**
 * Infinite scroll: fetch the next page once a rendered row is near the end of what is loaded.
 * After a failed page it waits for the reader's Retry instead of hammering a broken backend, and it
 * never starts while the pages refetch, because starting would cancel that refetch. After a run of
 * empty pages (see skip-empty-pages) it waits for the reader too: a backend could serve them forever.
 */
export function useLoadMoreNearEnd(feed: StoryFeed, lastRenderedIndex: number | undefined) {
  const { items, hasNextPage, isFetching, nextPageError, stalled, fetchNextPage } = feed;
  const near = lastRenderedIndex !== undefined && lastRenderedIndex >= items.length - NEAR_END;
  const ready = hasNextPage && !isFetching && nextPageError === null && !stalled;
  useEffect(() => {
    if (near && ready) fetchNextPage();
  }, [near, ready, fetchNextPage]);
}
