import { useEffect, useRef } from 'react';
import { hasCommandModifier, isTypingEvent } from './keyboard';
import { useShortcutTarget } from './reader-frame';

/**
 * Every single-key shortcut the reader binds, in one place: the help dialog lists this map and
 * useShortcut binds from it, so what the dialog says is exactly what the keys do.
 */
export const SHORTCUTS = {
  next: { keys: ['j'], label: 'Next story' },
  previous: { keys: ['k'], label: 'Previous story' },
  open: { keys: ['o', 'Enter'], label: 'Open the focused story' },
  back: { keys: ['u', 'Escape'], label: 'Back to the stories' },
  search: { keys: ['/'], label: 'Search stories' },
  save: { keys: ['s'], label: 'Save or unsave the story' },
  read: { keys: ['m'], label: 'Mark the story read or unread' },
  follow: { keys: ['f'], label: 'Follow or unfollow the focused person, organization or place' },
  help: { keys: ['?'], label: 'Show the keyboard shortcuts' },
} as const satisfies Record<string, { keys: readonly string[]; label: string }>;

export type ShortcutAction = keyof typeof SHORTCUTS;

/** The handler returns false when the key meant nothing here, leaving it to the browser. */
export type ShortcutHandler = (event: KeyboardEvent) => boolean | void;

/**
 * Binds one action's keys on the reader's shortcut scope. Keys pressed while typing, with a
 * command modifier, inside a modal <dialog>, or already handled by someone else are left alone.
 */
export function useShortcut(action: ShortcutAction, handler: ShortcutHandler, enabled = true): void {
  const target = useShortcutTarget();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!target || !enabled) return;
    const keys: readonly string[] = SHORTCUTS[action].keys;
    const onKeyDown = (event: Event) => {
      if (!(event instanceof KeyboardEvent) || event.defaultPrevented || !keys.includes(event.key)) return;
      if (hasCommandModifier(event) || isTypingEvent(event) || inDialog(event)) return;
      if (latest.current(event) !== false) event.preventDefault();
    };
    target.addEventListener('keydown', onKeyDown);
    return () => target.removeEventListener('keydown', onKeyDown);
  }, [target, action, enabled]);
}

function inDialog(event: KeyboardEvent): boolean {
  const origin = event.composedPath()[0];
  return origin instanceof Element && origin.closest('dialog') !== null;
}

/** The element that has focus, looking through shadow roots (the embed lives in one). */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot ? deepActiveElement(active.shadowRoot) : active;
}
