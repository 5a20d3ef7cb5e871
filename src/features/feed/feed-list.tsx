import { useDeferredValue, useId, useRef, useState } from 'react';
import type { FeedSearch } from '../../news/feed-search';
import { EmptyFeed } from './empty-feed';
import { FeedEnd } from './feed-end';
import { useFrameScroll, useFrameScroller } from '../../ui/reader-frame';
import { activeFilters, emptyMessage, feedTitle } from './feed-filters';
import { FeedHeader } from './feed-header';
import { FrameStoryList } from './frame-story-list';
import { PaneStoryList } from './pane-story-list';
import { useFilterNames } from './use-filter-names';
import { useStoryFeed } from './use-story-feed';
import { WindowStoryList } from './window-story-list';

export interface FeedListProps {
  search: FeedSearch;
  /** page: the feed route's main column, scrolled by the window; pane: the story list beside a story. */
  variant: 'page' | 'pane';
  /** The story open beside the pane, marked as current. */
  currentId?: string;
}

export function FeedList({ search, variant, currentId }: FeedListProps) {
  // While a new filter loads, the previous stories stay (dimmed) instead of a skeleton flashing in.
  const shown = useDeferredValue(search);
  const pending = JSON.stringify(shown) !== JSON.stringify(search);
  const feed = useStoryFeed(shown);
  const names = useFilterNames(shown, feed.items);
  const filters = activeFilters(shown, names);
  const headingId = useId();
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const scroll = useFrameScroll();
  const scroller = useFrameScroller();
  if (focusIndex !== null && feed.nextPageError) setFocusIndex(null);

  const footer = (
    <FeedEnd
      ref={endRef}
      feed={feed}
      onLoadMore={() => {
        setFocusIndex(feed.items.length);
        feed.fetchNextPage();
      }}
    />
  );
  const listProps = {
    feed,
    search: shown,
    labelledBy: headingId,
    focusIndex,
    onFocused: () => setFocusIndex(null),
    footer,
  };

  return (
    <section
      aria-labelledby={headingId}
      aria-busy={pending}
      className={`transition-opacity ${pending ? 'opacity-60' : ''} ${variant === 'pane' ? 'flex h-full flex-col' : ''}`}
    >
      <FeedHeader
        headingId={headingId}
        title={feedTitle(shown, names)}
        level={variant === 'page' ? 1 : 2}
        total={feed.total}
        dropped={feed.dropped}
        filters={filters}
        onSkipList={feed.items.length > 0 ? () => endRef.current?.focus() : undefined}
      />
      {feed.items.length === 0 ? (
        <EmptyFeed message={emptyMessage(shown, names)} filters={filters} />
      ) : variant === 'page' && scroll === 'frame' ? (
        <FrameStoryList key={feed.key} {...listProps} scroller={scroller} />
      ) : variant === 'page' ? (
        <WindowStoryList key={feed.key} {...listProps} />
      ) : (
        <PaneStoryList key={feed.key} {...listProps} currentId={currentId} />
      )}
    </section>
  );
}
