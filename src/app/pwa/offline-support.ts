import type { Persister } from '@tanstack/react-query-persist-client';
import { createContext, useContext } from 'react';
import type { UpdateSignal } from './update-signal';

/**
 * What the standalone app gives a reader to work offline; src/main.tsx alone creates it, so the
 * embed (which must never get a service worker or a saved cache) has none of it.
 */
export interface OfflineSupport {
  /** Where the query cache is saved between visits. */
  persister: Persister;
  /** Saved data written by another build or for another news source is dropped on restore. */
  buster: string;
  /** Whether a new version of the app is waiting to be applied. */
  updates: UpdateSignal;
}

export const OfflineSupportContext = createContext<OfflineSupport | null>(null);

/** The reader's offline support, or null where it has none (the embed, tests). */
export function useOfflineSupport(): OfflineSupport | null {
  return useContext(OfflineSupportContext);
}
