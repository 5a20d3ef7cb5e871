import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { isFollowing, isRead, isSaved } from './actions';
import type { ReadingState } from './schema';
import type { ReadingStore, StoreStatus } from './store';

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
  return useSyncExternalStore(store.subscribe, getSlice, getSlice);
}

export function useReadingStatus(): StoreStatus {
  const store = useReadingStore();
  return useSyncExternalStore(store.subscribe, store.getStatus, store.getStatus);
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
