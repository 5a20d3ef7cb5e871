import { useEffect, type RefObject } from 'react';

/**
 * `/` focuses the field from anywhere on the page, like most sites with a search box, unless the
 * reader is typing somewhere else (a field, an editable region, an IME composition) or another
 * handler already took the key.
 */
export function useSlashShortcut(ref: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    const doc = input.ownerDocument;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.isComposing || event.defaultPrevented) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      // composedPath()[0] is the real target even inside a shadow root (the embed).
      if (isTyping(event.composedPath()[0] ?? event.target)) return;
      event.preventDefault();
      input.focus();
      input.select();
    };
    doc.addEventListener('keydown', onKeyDown);
    return () => doc.removeEventListener('keydown', onKeyDown);
  }, [ref]);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null;
}
