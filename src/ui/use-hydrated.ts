import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while the page is rendered ahead of time (the build's prerender) and while the browser
 * hydrates that HTML; true in every render after. What only the device knows (the time now, its
 * width, what it stored) waits for true, so hydration finds exactly the HTML it would render.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
