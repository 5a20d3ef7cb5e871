import { Link, useLocation } from '@tanstack/react-router';
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import type { FeedSearch } from '../../news/feed-search';
import { useReading } from '../../reading/reading-context';
import type { ReadingState } from '../../reading/schema';
import { chipClass } from './chip-class';
import { EmptyFeed } from './empty-feed';
import { FeedEnd } from './feed-end';
import { useFrameScroll, useFrameScroller } from '../../ui/reader-frame';
import { activeFilters, emptyMessage, feedTitle } from './feed-filters';
import { FeedHeader } from './feed-header';
import { FrameStoryList } from './frame-story-list';
import { MarkAllRead } from './mark-all-read';
import { StalledNote } from './stalled-note';
import { PaneStoryList } from './pane-story-list';
import { useFeedKeys } from './use-feed-keys';
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

const followsAnyone = (state: ReadingState) => state.following.length > 0;

export function FeedList({ search, variant, currentId }: FeedListProps) {
  // While a new filter loads, the previous stories stay (dimmed) instead of a skeleton flashing in.
  const shown = useDeferredValue(search);
  const pending = JSON.stringify(shown) !== JSON.stringify(search);
  const feed = useStoryFeed(shown);
  const names = useFilterNames(shown, feed.items);
  const filters = activeFilters(shown, names);
  const headingId = useId();
  // Back from a story by keyboard (u or Escape), focus returns to the story the reader left.
  const returnTo = useLocation({ select: (location) => location.state.returnTo });
  const [focusIndex, setFocusIndex] = useState<number | null>(() => {
    const index = variant === 'page' && returnTo ? feed.items.findIndex((story) => story.id === returnTo) : -1;
    return index >= 0 ? index : null;
  });
  const endRef = useRef<HTMLDivElement>(null);
  const scroll = useFrameScroll();
  const scroller = useFrameScroller();
  const sectionRef = useRef<HTMLElement>(null);
  const following = useReading(followsAnyone);
  const ids = useMemo(() => feed.items.map((story) => story.id), [feed.items]);
  if (focusIndex !== null && feed.nextPageError) setFocusIndex(null);
  useFeedKeys({
    enabled: variant === 'page',
    count: feed.items.length,
    containerRef: sectionRef,
    focusStory: setFocusIndex,
  });

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
      ref={sectionRef}
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
        repaired={feed.repaired}
        filters={filters}
        onSkipList={feed.items.length > 0 ? () => endRef.current?.focus() : undefined}
      >
        {variant === 'page' && (
          <div className="mt-3 flex flex-wrap items-center gap-2">
            {ids.length > 0 && <MarkAllRead ids={ids} />}
            {following && !shown.following && (
              <Link to="." search={{ ...shown, following: '1' }} className={chipClass(false)}>
                Only who you follow
              </Link>
            )}
          </div>
        )}
      </FeedHeader>
      {feed.items.length === 0 && feed.stalled ? (
        <StalledNote feed={feed} />
      ) : feed.items.length === 0 ? (
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
