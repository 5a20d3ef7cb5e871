import { createContext, startTransition, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';

/**
 * The box one reader lives in. Standalone it is the whole window; embedded it is a tile or a column
 * of someone else's page. Layout decisions read the frame's width, never the viewport's, and
 * keyboard shortcuts listen on the frame's scope, never on a host page's document.
 */
interface ReaderFrame {
  width: number;
  /** Where the reader's own shortcuts listen: the document standalone, the frame element embedded. */
  shortcutTarget: EventTarget | null;
  layout: FrameLayout;
  scroll: FrameScroll;
  /** The frame element when it scrolls itself (embedded); null when the window scrolls it. */
  scroller: HTMLElement | null;
  attach: (element: HTMLElement | null) => void;
}

const FrameContext = createContext<ReaderFrame | null>(null);

export type ShortcutScope = 'document' | 'frame';
/** compact: feed and story only, entities as chips, never side panes (a portal's tile). */
export type FrameLayout = 'full' | 'compact';
/** window: the page scrolls the reader (standalone); frame: the reader's box scrolls itself (embedded). */
export type FrameScroll = 'window' | 'frame';

interface ReaderFrameProviderProps {
  /** The width to lay out for before the frame has been measured (the first render). */
  initialWidth: number;
  /**
   * Taking over prerendered HTML, whose layout CSS already fits the screen: the measured width
   * comes in a transition after hydration instead of a synchronous render before the first paint.
   */
  measureLater?: boolean;
  shortcutScope: ShortcutScope;
  layout?: FrameLayout;
  scroll?: FrameScroll;
  children: ReactNode;
}

export function ReaderFrameProvider({
  initialWidth,
  measureLater = false,
  shortcutScope,
  layout = 'full',
  scroll = 'window',
  children,
}: ReaderFrameProviderProps) {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(initialWidth);
  useLayoutEffect(() => {
    if (!element) return;
    // Measured before paint, so a reader in a narrow tile never flashes its wide layout.
    const measure = () => setWidth(Math.round(element.getBoundingClientRect().width) || initialWidth);
    const update = measureLater ? () => startTransition(measure) : measure;
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, initialWidth, measureLater]);
  const shortcutTarget = shortcutScope === 'frame' ? element : typeof document === 'undefined' ? null : document;
  const scroller = scroll === 'frame' ? element : null;
  const frame = useMemo(
    () => ({ width, shortcutTarget, layout, scroll, scroller, attach: setElement }),
    [width, shortcutTarget, layout, scroll, scroller],
  );
  return <FrameContext.Provider value={frame}>{children}</FrameContext.Provider>;
}

function useFrame(): ReaderFrame {
  const frame = useContext(FrameContext);
  if (!frame) throw new Error('useFrame needs a <ReaderFrameProvider> above it');
  return frame;
}

/** True while the reader's frame is at least `px` wide (a container query for layout code). */
export function useFrameAtLeast(px: number): boolean {
  return useFrame().width >= px;
}

/** A ref callback for the element that is the frame (the reader's outermost box). */
export function useFrameRef(): (element: HTMLElement | null) => void {
  return useFrame().attach;
}

/** Where keydown listeners for the reader's own shortcuts belong; null until the frame mounts. */
export function useShortcutTarget(): EventTarget | null {
  return useFrame().shortcutTarget;
}

export function useFrameLayout(): FrameLayout {
  return useFrame().layout;
}

/** Whether the window or the reader's own box scrolls it; known before the frame mounts. */
export function useFrameScroll(): FrameScroll {
  return useFrame().scroll;
}

/**
 * The element that scrolls the reader, or null when the window does. Embedded, the reader scrolls
 * inside its own box, so nothing it does moves the host page.
 */
export function useFrameScroller(): HTMLElement | null {
  return useFrame().scroller;
}
