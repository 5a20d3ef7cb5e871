import type { RefObject } from 'react';
import { useShortcut } from '../../ui/shortcuts';

/**
 * `/` focuses the field, like most sites with a search box, unless the reader is typing somewhere
 * else (a field, an editable region, an IME composition) or another handler already took the key.
 * Standalone it works from anywhere on the page; embedded, only while focus is inside the reader.
 */
export function useSlashShortcut(ref: RefObject<HTMLInputElement | null>) {
  useShortcut('search', () => {
    const input = ref.current;
    if (!input) return false;
    input.focus();
    input.select();
  });
}
