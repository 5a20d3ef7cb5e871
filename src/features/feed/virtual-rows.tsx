import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import type { ArticleSummary } from '../../news/schema/article';

interface VirtualRowsProps<S extends Element | Window> {
  virtualizer: Virtualizer<S, HTMLLIElement>;
  items: readonly ArticleSummary[];
  /** Every story the feed has, loaded or not, so "story 3 of 40" is true. */
  total: number;
  labelledBy: string;
  /** This story takes focus (after "Load more", j/k, or coming back), scrolled into view first. */
  focusIndex: number | null;
  onFocused: () => void;
  renderStory: (story: ArticleSummary) => ReactNode;
}

/**
 * Only the rows near the viewport exist; padding stands in for the rest, so the rows stay in normal
 * flow (and in tab order) and each is measured as rendered.
 */
export function VirtualRows<S extends Element | Window>(props: VirtualRowsProps<S>) {
  const { virtualizer, items, total, labelledBy, focusIndex, onFocused, renderStory } = props;
  const listRef = useRef<HTMLUListElement>(null);
  const rows = virtualizer.getVirtualItems();
  const margin = virtualizer.options.scrollMargin;
  const before = (rows[0]?.start ?? margin) - margin;
  const after = Math.max(0, virtualizer.getTotalSize() - ((rows.at(-1)?.end ?? margin) - margin));

  useEffect(() => {
    if (focusIndex === null || focusIndex >= items.length) return;
    const link = listRef.current?.querySelector<HTMLElement>(`li[data-index="${focusIndex}"] a`);
    if (link) {
      link.focus();
      onFocused();
    } else {
      virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
    }
  });

  return (
    <ul ref={listRef} aria-labelledby={labelledBy} style={{ paddingTop: before, paddingBottom: after }}>
      {rows.map((row) => {
        const story = items[row.index];
        return (
          story && (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-setsize={total}
              aria-posinset={row.index + 1}
            >
              {renderStory(story)}
            </li>
          )
        );
      })}
    </ul>
  );
}
