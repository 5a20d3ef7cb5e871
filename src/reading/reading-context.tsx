import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { isFollowing, isRead, isSaved } from './actions';
import { emptyState } from './defaults';
import type { ReadingState } from './schema';
import type { ReadingStore, StoreStatus } from './store';
import { useHydrated } from '../ui/use-hydrated';

const ReadingContext = createContext<ReadingStore | null>(null);

/** One store per reader instance: two readers on a page each have their own. */
export function ReadingStoreProvider({ store, children }: { store: ReadingStore; children: ReactNode }) {
  return <ReadingContext.Provider value={store}>{children}</ReadingContext.Provider>;
}

export function useReadingStore(): ReadingStore {
  const store = useContext(ReadingContext);
  if (!store) throw new Error('useReadingStore needs a <ReadingStoreProvider> above it');
  return store;
}

/**
 * A slice of the reading state; the component re-renders only when the slice changes. The selector
 * must return a primitive or a part of the state (not a new object), or it would render forever.
 */
export function useReading<T>(select: (state: ReadingState) => T): T {
  const store = useReadingStore();
  const getSlice = useCallback(() => select(store.getState()), [store, select]);
  // HTML rendered at build time knows no device: it and its hydration show a reader with nothing
  // stored, and the device's own state follows with the hydrated flag's transition (its appearance
  // is already applied by the page's inline script, src/app/device-appearance.ts), not in a
  // synchronous render of every reader of the store.
  const hydrated = useHydrated();
  const slice = useSyncExternalStore(store.subscribe, getSlice, getSlice);
  return hydrated ? slice : select(NOTHING_STORED);
}

const NOTHING_STORED = emptyState();
const ALL_WELL: StoreStatus = { kept: true, notice: null };
const allWell = () => ALL_WELL;

export function useReadingStatus(): StoreStatus {
  const store = useReadingStore();
  return useSyncExternalStore(store.subscribe, store.getStatus, allWell);
}

export function useIsRead(id: string): boolean {
  return useReading(useCallback((state: ReadingState) => isRead(state, id), [id]));
}

export function useIsSaved(id: string): boolean {
  return useReading(useCallback((state: ReadingState) => isSaved(state, id), [id]));
}

export function useIsFollowed(id: string): boolean {
  return useReading(useCallback((state: ReadingState) => isFollowing(state, id), [id]));
}
