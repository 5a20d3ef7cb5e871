import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { pageRowOptions, PageRows, type PageListProps } from './page-rows';
import { useLoadMoreNearEnd } from './use-load-more';
import { useOffsetInScroller } from './use-offset-in-scroller';
import { useStoredRows, useStoreRowsOnUnmount } from './use-row-snapshot';

/**
 * The feed page's list when the reader is embedded: scrolled by the reader's own box, never by the
 * host page's window, so reading and "Load more" never move the page around it.
 */
export function FrameStoryList({ scroller, ...props }: PageListProps & { scroller: HTMLElement | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const scrollMargin = useOffsetInScroller(ref, scroller);
  const rowsKey = `frame ${props.feed.key}`;
  const stored = useStoredRows(rowsKey);
  // The app is not built with React Compiler, so nothing memoizes around the virtualizer's methods.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLElement, HTMLLIElement>({
    ...pageRowOptions(props.feed, stored, scrollMargin),
    getScrollElement: () => scroller,
  });
  useStoreRowsOnUnmount(rowsKey, virtualizer);
  useLoadMoreNearEnd(props.feed, virtualizer.getVirtualItems().at(-1)?.index);
  return <PageRows listRef={ref} virtualizer={virtualizer} {...props} />;
}
