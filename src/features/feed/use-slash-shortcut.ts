import { useEffect, type RefObject } from 'react';
import { hasCommandModifier, isTypingEvent } from '../../ui/keyboard';
import { useShortcutTarget } from '../../ui/reader-frame';

/**
 * `/` focuses the field, like most sites with a search box, unless the reader is typing somewhere
 * else (a field, an editable region, an IME composition) or another handler already took the key.
 * Standalone it works from anywhere on the page; embedded, only while focus is inside the reader.
 */
export function useSlashShortcut(ref: RefObject<HTMLInputElement | null>) {
  const target = useShortcutTarget();
  useEffect(() => {
    const input = ref.current;
    if (!input || !target) return;
    const onKeyDown = (event: Event) => {
      if (!(event instanceof KeyboardEvent) || event.key !== '/' || event.defaultPrevented) return;
      if (hasCommandModifier(event) || isTypingEvent(event)) return;
      event.preventDefault();
      input.focus();
      input.select();
    };
    target.addEventListener('keydown', onKeyDown);
    return () => target.removeEventListener('keydown', onKeyDown);
  }, [ref, target]);
}
