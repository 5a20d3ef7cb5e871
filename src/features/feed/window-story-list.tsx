import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { pageRowOptions, PageRows, type PageListProps } from './page-rows';
import { useDocumentTop } from './use-document-top';
import { useLoadMoreNearEnd } from './use-load-more';
import { useStoredRows, useStoreRowsOnUnmount } from './use-row-snapshot';

/**
 * The feed page's list, scrolled by the window. Coming back from a story, the router restores the
 * window's scroll position; the stored row heights make the list as tall as it was, with the same
 * stories at that position.
 */
export function WindowStoryList(props: PageListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const scrollMargin = useDocumentTop(ref);
  const rowsKey = `page ${props.feed.key}`;
  const stored = useStoredRows(rowsKey);
  const virtualizer = useWindowVirtualizer<HTMLLIElement>(pageRowOptions(props.feed, stored, scrollMargin));
  useStoreRowsOnUnmount(rowsKey, virtualizer);
  useLoadMoreNearEnd(props.feed, virtualizer.getVirtualItems().at(-1)?.index);
  return <PageRows listRef={ref} virtualizer={virtualizer} {...props} />;
}
