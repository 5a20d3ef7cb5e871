/**
 * Centres an element in view. Standalone that is scrollIntoView; embedded (inside a frame that
 * scrolls itself, marked data-scroll-frame) only that frame scrolls, because scrollIntoView would
 * also scroll every ancestor up to the host page's window.
 */
export function scrollIntoFrame(element: Element, behavior: ScrollBehavior): void {
  const frame = element.closest<HTMLElement>('[data-scroll-frame]');
  if (!frame) {
    element.scrollIntoView({ behavior, block: 'center' });
    return;
  }
  const box = element.getBoundingClientRect();
  const view = frame.getBoundingClientRect();
  const offset = box.top + box.height / 2 - (view.top + view.height / 2);
  frame.scrollBy({ top: offset, behavior });
}
