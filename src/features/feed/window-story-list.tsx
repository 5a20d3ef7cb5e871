import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import type { FeedSearch } from '../../news/feed-search';
import { StoryCard } from './story-card';
import { useDocumentTop } from './use-document-top';
import { useLoadMoreNearEnd } from './use-load-more';
import { useStoredRows, useStoreRowsOnUnmount } from './use-row-snapshot';
import type { StoryFeed } from './use-story-feed';
import { VirtualRows } from './virtual-rows';

interface WindowStoryListProps {
  feed: StoryFeed;
  search: FeedSearch;
  labelledBy: string;
  focusIndex: number | null;
  onFocused: () => void;
  footer: ReactNode;
}

/**
 * The feed page's list, scrolled by the window. Coming back from a story, the router restores the
 * window's scroll position; the stored row heights make the list as tall as it was, with the same
 * stories at that position.
 */
export function WindowStoryList({ feed, search, labelledBy, focusIndex, onFocused, footer }: WindowStoryListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const scrollMargin = useDocumentTop(ref);
  const rowsKey = `page ${feed.key}`;
  const stored = useStoredRows(rowsKey);
  const virtualizer = useWindowVirtualizer<HTMLLIElement>({
    count: feed.items.length,
    estimateSize: () => 190,
    overscan: 4,
    // Let React batch scroll updates instead of forcing a synchronous render per scroll event.
    useFlushSync: false,
    scrollMargin,
    getItemKey: feed.storyKey,
    initialMeasurementsCache: stored?.rows,
  });
  useStoreRowsOnUnmount(rowsKey, virtualizer);
  useLoadMoreNearEnd(feed, virtualizer.getVirtualItems().at(-1)?.index);

  return (
    <div ref={ref}>
      <VirtualRows
        virtualizer={virtualizer}
        items={feed.items}
        total={feed.total}
        labelledBy={labelledBy}
        focusIndex={focusIndex}
        onFocused={onFocused}
        renderStory={(story) => <StoryCard story={story} search={search} />}
      />
      {footer}
    </div>
  );
}
