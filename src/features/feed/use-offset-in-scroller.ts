import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How far below the top of its scroll container's content an element starts: the frame-scrolled
 * list needs it to map the frame's scroll position onto its own rows, as the window-scrolled list
 * does with the document. Measured again whenever the content above it can have changed size.
 */
export function useOffsetInScroller(ref: RefObject<HTMLElement | null>, scroller: HTMLElement | null): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !scroller) return;
    const measure = () =>
      setTop(
        Math.round(element.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop),
      );
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element.closest('main') ?? scroller);
    return () => observer.disconnect();
  }, [ref, scroller]);
  return top;
}
