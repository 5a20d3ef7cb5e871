import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { OfflineSupportContext, type OfflineSupport } from '../../../src/app/pwa/offline-support';
import { createUpdateSignal } from '../../../src/app/pwa/update-signal';

export function fakeOfflineSupport(): OfflineSupport {
  return {
    persister: {
      persistClient: () => undefined,
      restoreClient: () => Promise.resolve(undefined),
      removeClient: () => undefined,
    },
    buster: 'test',
    updates: createUpdateSignal(),
  };
}

/** A reader's providers as the standalone app has them (offline support present) or the embed (null). */
export function withOfflineSupport(offline: OfflineSupport | null, client = new QueryClient()) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={client}>
        <OfflineSupportContext value={offline}>{children}</OfflineSupportContext>
      </QueryClientProvider>
    );
  };
}
