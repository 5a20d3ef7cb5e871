import { useCanGoBack, useLocation, useRouterState } from '@tanstack/react-router';
import { useState } from 'react';

/**
 * True when this story replaced another page of the reader (a link, back or forward), false when
 * the reader was opened on it. Read once, on the first render: the router still holds the page it
 * is leaving then, and going back to the first entry has no history behind it to tell by.
 */
export function useArrivedByNavigation(): boolean {
  const canGoBack = useCanGoBack();
  const leaving = useRouterState({ select: (state) => state.resolvedLocation?.href });
  const here = useLocation({ select: (location) => location.href });
  const [arrived] = useState(() => canGoBack || (leaving !== undefined && leaving !== here));
  return arrived;
}
