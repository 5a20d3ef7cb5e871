import { useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useFrameScroller } from '../ui/reader-frame';

/**
 * Embedded, the router's scroll restoration is off (it scrolls the window and writes the host's
 * sessionStorage), so a new page starts at the top of the reader's own box instead.
 */
export function useFrameScrollReset(): void {
  const scroller = useFrameScroller();
  const href = useRouterState({ select: (state) => state.location.href });
  useEffect(() => {
    scroller?.scrollTo({ top: 0 });
  }, [scroller, href]);
}
