import { createContext, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';

/**
 * The box one reader lives in. Standalone it is the whole window; embedded it is a tile or a column
 * of someone else's page. Layout decisions read the frame's width, never the viewport's, and
 * keyboard shortcuts listen on the frame's scope, never on a host page's document.
 */
interface ReaderFrame {
  width: number;
  /** Where the reader's own shortcuts listen: the document standalone, the frame element embedded. */
  shortcutTarget: EventTarget | null;
  attach: (element: HTMLElement | null) => void;
}

const FrameContext = createContext<ReaderFrame | null>(null);

export type ShortcutScope = 'document' | 'frame';

interface ReaderFrameProviderProps {
  /** The width to lay out for before the frame has been measured (the first render). */
  initialWidth: number;
  shortcutScope: ShortcutScope;
  children: ReactNode;
}

export function ReaderFrameProvider({ initialWidth, shortcutScope, children }: ReaderFrameProviderProps) {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(initialWidth);
  useLayoutEffect(() => {
    if (!element) return;
    // Measured before paint, so a reader in a narrow tile never flashes its wide layout.
    const measure = () => setWidth(Math.round(element.getBoundingClientRect().width) || initialWidth);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, initialWidth]);
  const shortcutTarget = shortcutScope === 'frame' ? element : typeof document === 'undefined' ? null : document;
  const frame = useMemo(() => ({ width, shortcutTarget, attach: setElement }), [width, shortcutTarget]);
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
