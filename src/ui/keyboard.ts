/**
 * True when a key press belongs to what the reader is typing (a field, an editable region), so a
 * single-key shortcut must leave it alone. composedPath()[0] is the real target even inside a
 * shadow root (the embed), where event.target is retargeted to the host.
 */
export function isTypingEvent(event: KeyboardEvent): boolean {
  if (event.isComposing) return true;
  const target = event.composedPath()[0] ?? event.target;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null;
}

/** True for a key pressed with Ctrl, Meta or Alt: those belong to the browser and the system. */
export function hasCommandModifier(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey || event.altKey;
}
