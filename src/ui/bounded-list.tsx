import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type ReactNode } from 'react';

/** What each rendered row must put on its <li>: a virtualized row is measured through `ref`. */
export interface RowProps {
  ref?: (element: HTMLElement | null) => void;
  'data-index': number;
  'aria-setsize'?: number;
  'aria-posinset'?: number;
}

interface BoundedListProps<T> {
  items: readonly T[];
  /** How many rows show before "Show all". */
  initial: number;
  renderItem: (item: T, row: RowProps) => ReactNode;
  /** The button's text, e.g. "Show all 2,500 people". */
  showAllLabel: string;
  listClassName?: string;
  /** A guess at a row's height in px, for the virtualized list; rows are measured once shown. */
  estimateSize: number;
  /** The space between rows in px that listClassName makes (space-y-*), which measuring cannot see. */
  gap?: number;
}

/** Beyond this many rows the full list is virtualized, so "Show all" costs the same for 100 or 100,000. */
const VIRTUAL_FROM = 100;

/**
 * A list that shows its first rows and a "Show all" button. Data from a backend can hold any number
 * of items; rendering them all froze the page, so only `initial` are in the DOM until asked.
 */
export function BoundedList<T>({
  items,
  initial,
  renderItem,
  showAllLabel,
  listClassName,
  estimateSize,
  gap = 0,
}: BoundedListProps<T>) {
  const [expanded, setExpanded] = useState(false);
  const toggle = items.length > initial && (
    <button type="button" className="btn mt-2" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
      {expanded ? 'Show fewer' : showAllLabel}
    </button>
  );
  const list =
    expanded && items.length > VIRTUAL_FROM ? (
      <VirtualRows
        items={items}
        renderItem={renderItem}
        listClassName={listClassName}
        estimateSize={estimateSize}
        gap={gap}
      />
    ) : (
      <ul className={listClassName}>
        {(expanded ? items : items.slice(0, initial)).map((item, index) => renderItem(item, { 'data-index': index }))}
      </ul>
    );
  return (
    <>
      {list}
      {toggle}
    </>
  );
}

type VirtualRowsProps<T> = Pick<BoundedListProps<T>, 'items' | 'renderItem' | 'listClassName' | 'estimateSize'> & {
  gap: number;
};

/** Only the rows in and near the box are in the DOM; padding stands in for the rest, so rows stay in normal flow. */
function VirtualRows<T>({ items, renderItem, listClassName, estimateSize, gap }: VirtualRowsProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The rows are read fresh on every render, never memoized, which is what this rule warns about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    gap,
    overscan: 6,
  });
  const rows = virtualizer.getVirtualItems();
  const before = rows[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);
  return (
    <div ref={scrollRef} className="max-h-[min(32rem,70vh)] overflow-y-auto overscroll-contain">
      <ul className={listClassName} style={{ paddingTop: before, paddingBottom: after }}>
        {rows.map((row) => {
          const item = items[row.index];
          return item === undefined
            ? null
            : renderItem(item, {
                ref: virtualizer.measureElement,
                'data-index': row.index,
                'aria-setsize': items.length,
                'aria-posinset': row.index + 1,
              });
        })}
      </ul>
    </div>
  );
}
