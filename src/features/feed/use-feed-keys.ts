import { useRef, type RefObject } from 'react';
import { deepActiveElement, useShortcut } from '../../ui/shortcuts';

interface FeedKeys {
  enabled: boolean;
  count: number;
  /** The element around the list: focus inside it tells which story is current. */
  containerRef: RefObject<HTMLElement | null>;
  /** Scrolls the story into view (through the virtualizer) and focuses its headline link. */
  focusStory: (index: number) => void;
}

/**
 * j and k move focus through the feed's stories, o (or Enter on the card) opens the focused one.
 * Without focus in the list, j starts at the story last moved to, or the first.
 */
export function useFeedKeys({ enabled, count, containerRef, focusStory }: FeedKeys) {
  const last = useRef(-1);
  const focusedRow = () => {
    const row = deepActiveElement()?.closest<HTMLElement>('li[data-index]');
    return row && containerRef.current?.contains(row) ? row : null;
  };
  const move = (step: number) => {
    const row = focusedRow();
    const from = row ? Number(row.dataset.index) : last.current;
    const next = Math.max(0, Math.min(count - 1, from + step));
    last.current = next;
    focusStory(next);
  };
  useShortcut('next', () => move(1), enabled && count > 0);
  useShortcut('previous', () => move(-1), enabled && count > 0);
  useShortcut(
    'open',
    (event) => {
      const row = focusedRow();
      const active = deepActiveElement();
      // Enter on a link or button already does what that control says.
      if (!row || (event.key === 'Enter' && active?.closest('a, button'))) return false;
      row.querySelector<HTMLAnchorElement>('h2 a, h3 a')?.click();
    },
    enabled,
  );
}
