import { useIsRestoring, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { useState, type ReactNode } from 'react';
import { OfflineChrome } from './offline-chrome';
import { OfflineChromeContext } from './offline-chrome-slot';
import { MAX_AGE_MS, shouldPersistQuery } from './persistence';
import { OfflineSupportContext, type OfflineSupport } from './offline-support';

const OFFLINE_CHROME = <OfflineChrome />;

/**
 * The reader's query cache, restored from this device before the pages ask for anything and
 * saved again as it changes. The router's loaders start fetching outside React Query's own
 * restore gate, so the whole reader waits for the restore: the saved copy was already being read
 * while config.json loaded, so online this costs about one render; offline it is what lets a
 * story open at all.
 */
export function PersistedCache({ offline, children }: { offline: OfflineSupport; children: ReactNode }) {
  const client = useQueryClient();
  useState(() => keepForOffline(client));
  return (
    <OfflineSupportContext value={offline}>
      <OfflineChromeContext value={OFFLINE_CHROME}>
        <PersistQueryClientProvider
          client={client}
          persistOptions={{
            persister: offline.persister,
            buster: offline.buster,
            maxAge: MAX_AGE_MS,
            dehydrateOptions: { shouldDehydrateQuery: (query) => shouldPersistQuery(query) },
          }}
        >
          <AfterRestore>{children}</AfterRestore>
        </PersistQueryClientProvider>
      </OfflineChromeContext>
    </OfflineSupportContext>
  );
}

function AfterRestore({ children }: { children: ReactNode }) {
  return useIsRestoring() ? null : children;
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
