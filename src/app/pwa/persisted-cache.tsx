import type { QueryClient } from '@tanstack/react-query';
import { persistQueryClient } from '@tanstack/react-query-persist-client';
import type { ReactNode } from 'react';
import { OfflineChrome } from './offline-chrome';
import { MAX_AGE_MS, shouldPersistQuery } from './persistence';
import type { OfflineSupport } from './offline-support';

/** The offline banner and update prompt, shown in the shell's slot once offline support is in. */
export const OFFLINE_CHROME: ReactNode = <OfflineChrome />;

/**
 * Restores the reader's query cache from this device and saves it again as it changes; returns
 * the stop function and the restore. Nothing waits for the restore online: the stories being
 * fetched are newer than the saved copy (hydrating never overwrites newer data), and a query
 * still in flight shows the saved answer the moment it is read. Offline, the caller waits for
 * it, because then the saved copy is what lets a story open at all.
 */
export function keepCacheSaved(client: QueryClient, offline: OfflineSupport): [() => void, Promise<void>] {
  keepForOffline(client);
  return persistQueryClient({
    queryClient: client,
    persister: offline.persister,
    buster: offline.buster,
    maxAge: MAX_AGE_MS,
    dehydrateOptions: { shouldDehydrateQuery: (query) => shouldPersistQuery(query) },
  });
}

/**
 * Queries dropped from memory are dropped from the saved copy too, so they live as long as it
 * does. Offline first once a service worker controls the page: it may answer from its cache, so
 * a query is tried once offline (it reaches the worker, not the network) instead of waiting for
 * a connection that a cached answer does not need. Without one, an offline request could only
 * fail, so nothing is sent until the connection returns.
 */
function keepForOffline(client: QueryClient): void {
  const defaults = client.getDefaultOptions();
  client.setDefaultOptions({
    ...defaults,
    queries: {
      ...defaults.queries,
      gcTime: MAX_AGE_MS,
      networkMode: globalThis.navigator?.serviceWorker?.controller ? 'offlineFirst' : 'online',
    },
  });
}
