import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import type { FeedSearch } from '../../news/feed-search';
import { PaneStoryItem } from './pane-story-item';
import { useLoadMoreNearEnd } from './use-load-more';
import { useStoredRows, useStoreRowsOnUnmount } from './use-row-snapshot';
import type { StoryFeed } from './use-story-feed';
import { VirtualRows } from './virtual-rows';

interface PaneStoryListProps {
  feed: StoryFeed;
  search: FeedSearch;
  currentId: string | undefined;
  labelledBy: string;
  focusIndex: number | null;
  onFocused: () => void;
  footer: ReactNode;
}

/** The story list beside an open story: its own scroll area, filling the height it is given. */
export function PaneStoryList({
  feed,
  search,
  currentId,
  labelledBy,
  focusIndex,
  onFocused,
  footer,
}: PaneStoryListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowsKey = `pane ${feed.key}`;
  const stored = useStoredRows(rowsKey);
  // The app is not built with React Compiler, so nothing memoizes around the virtualizer's methods.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count: feed.items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 76,
    overscan: 6,
    // Let React batch scroll updates instead of forcing a synchronous render per scroll event.
    useFlushSync: false,
    getItemKey: feed.storyKey,
    initialMeasurementsCache: stored?.rows,
    initialOffset: stored?.offset,
  });
  useStoreRowsOnUnmount(rowsKey, virtualizer);
  useLoadMoreNearEnd(feed, virtualizer.getVirtualItems().at(-1)?.index);

  const currentIndex = currentId === undefined ? -1 : feed.items.findIndex((story) => story.id === currentId);
  const placed = useRef(false);
  useEffect(() => {
    if (currentIndex < 0) return;
    // Centred on arrival so the stories around it show; after that only brought into view when it
    // is out of sight, so picking a visible story never makes the list jump.
    virtualizer.scrollToIndex(currentIndex, { align: placed.current ? 'auto' : 'center' });
    placed.current = true;
  }, [virtualizer, currentIndex]);

  return (
    <div ref={scrollRef} className="min-h-0 flex-1 overflow-y-auto overscroll-contain">
      <VirtualRows
        virtualizer={virtualizer}
        items={feed.items}
        total={feed.total}
        labelledBy={labelledBy}
        focusIndex={focusIndex}
        onFocused={onFocused}
        renderStory={(story) => <PaneStoryItem story={story} search={search} current={story.id === currentId} />}
      />
      {footer}
    </div>
  );
}
