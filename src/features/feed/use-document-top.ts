import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How far below the top of the document an element starts: a window-scrolled list needs it to map
 * the window's scroll position onto its own rows. Measured before paint and whenever the page's
 * size changes (text above it wrapping differently, filter chips appearing, a late banner).
 */
export function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element.ownerDocument.body);
    return () => observer.disconnect();
  }, [ref]);
  return top;
}
