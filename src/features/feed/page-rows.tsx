import type { Virtualizer } from '@tanstack/react-virtual';
import type { ReactNode, RefObject } from 'react';
import type { FeedSearch } from '../../news/feed-search';
import { PRERENDER_HEIGHT, PRERENDER_WIDTH } from '../../ui/prerender-size';
import { StoryCard } from './story-card';
import type { RowSnapshot } from './use-row-snapshot';
import type { StoryFeed } from './use-story-feed';
import { VirtualRows } from './virtual-rows';

export interface PageListProps {
  feed: StoryFeed;
  search: FeedSearch;
  labelledBy: string;
  focusIndex: number | null;
  onFocused: () => void;
  footer: ReactNode;
}

/** The feed page's virtualizer settings, whichever element (window or the reader's frame) scrolls it. */
export function pageRowOptions(feed: StoryFeed, stored: RowSnapshot | undefined, scrollMargin: number) {
  return {
    count: feed.items.length,
    estimateSize: () => 190,
    overscan: 4,
    // Let React batch scroll updates instead of forcing a synchronous render per scroll event.
    useFlushSync: false,
    scrollMargin,
    getItemKey: feed.storyKey,
    initialMeasurementsCache: stored?.rows,
    // Before the scroller is measured (HTML rendered at build time, and its hydration), lay out
    // for a phone's screen, so the first stories are in the HTML itself.
    initialRect: { width: PRERENDER_WIDTH, height: PRERENDER_HEIGHT },
  };
}

interface PageRowsProps<S extends Element | Window> extends PageListProps {
  listRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<S, HTMLLIElement>;
}

/** The feed page's story cards and the footer after them. */
export function PageRows<S extends Element | Window>(props: PageRowsProps<S>) {
  const { listRef, virtualizer, feed, search, labelledBy, focusIndex, onFocused, footer } = props;
  return (
    <div ref={listRef}>
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
