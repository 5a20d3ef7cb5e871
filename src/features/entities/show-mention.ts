import { mentionElementId } from '../../ui/mention-ids';
import { scrollIntoFrame } from '../../ui/scroll-into-frame';

/**
 * Scrolls to an entity's first mention and focuses it. The mark is looked up in the caller's own
 * root, not `document`, so it is found when the reader is embedded inside a shadow root.
 */
export function showFirstMention(from: Element, entityId: string): boolean {
  const root = from.getRootNode();
  const id = mentionElementId(entityId, 0);
  const mark = root instanceof Document || root instanceof ShadowRoot ? root.getElementById(id) : null;
  if (!mark) return false;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // Centred, so the sticky header never covers the mark.
  scrollIntoFrame(mark, reduceMotion ? 'auto' : 'smooth');
  mark.focus({ preventScroll: true });
  return true;
}
