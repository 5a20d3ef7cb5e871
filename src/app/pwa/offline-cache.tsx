import { lazy, Suspense, type ReactNode } from 'react';
import type { OfflineSupport } from './offline-support';

// Loaded only by the standalone app (src/main.tsx requests it early); the embed never does.
const PersistedCache = lazy(() => import('./persisted-cache').then((m) => ({ default: m.PersistedCache })));

/** With offline support, the reader's cache is saved on the device; without it, nothing changes. */
export function OfflineCache({ offline, children }: { offline: OfflineSupport | undefined; children: ReactNode }) {
  if (!offline) return children;
  return (
    <Suspense fallback={null}>
      <PersistedCache offline={offline}>{children}</PersistedCache>
    </Suspense>
  );
}
