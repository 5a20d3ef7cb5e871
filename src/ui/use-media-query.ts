import { useSyncExternalStore } from 'react';
import { useHydrated } from './use-hydrated';

/** True while the media query matches; re-renders when it flips (window resize, rotation). */
export function useMediaQuery(query: string): boolean {
  // False in prerendered HTML and its hydration; the device's answer comes with the hydrated flag.
  const hydrated = useHydrated();
  const matches = useSyncExternalStore(
    (notify) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
    () => typeof window !== 'undefined' && window.matchMedia(query).matches,
  );
  return hydrated && matches;
}
