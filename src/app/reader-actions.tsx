import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { useHydrated } from '../ui/use-hydrated';

/** The parts of the shell used only once the reader acts: the search box and the story keys. */
export interface ReaderActions {
  search: ReactNode;
  shortcuts: ReactNode;
}

let loaded: ReaderActions | null = null;
let loading: Promise<ReaderActions> | null = null;
const listeners = new Set<() => void>();

/**
 * Loads them outside the first download. Not React.lazy: Suspense holds back what it reveals (by up
 * to 300 ms), so keys pressed as soon as a page shows would be lost; these render the moment they
 * are in. The app calls this beside config.json (src/main.tsx), so they are in before its first paint.
 */
export function loadReaderActions(): Promise<ReaderActions> {
  loading ??= Promise.all([import('../features/feed/search-box'), import('./reader-shortcuts')]).then(
    ([{ SearchBox }, { ReaderShortcuts }]) => {
      loaded = { search: <SearchBox />, shortcuts: <ReaderShortcuts /> };
      for (const listener of listeners) listener();
      return loaded;
    },
  );
  // A failed load (offline without the service worker) is tried again by the next reader.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

const currentActions = () => loaded;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The actions once loaded, null until then (the caller keeps their places). */
export function useReaderActions(): ReaderActions | null {
  // Not in HTML rendered at build time, nor in its hydration: their places are kept, as before they
  // load. They come with the hydrated flag's transition, not a synchronous render of their own.
  const hydrated = useHydrated();
  const actions = useSyncExternalStore(subscribe, currentActions, currentActions);
  useEffect(() => {
    loadReaderActions().catch(() => undefined);
  }, []);
  return hydrated ? actions : null;
}
