import { useQueryClient } from '@tanstack/react-query';
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { OfflineChromeContext } from './offline-chrome-slot';
import { OfflineSupportContext, type OfflineSupport } from './offline-support';
import type { keepCacheSaved } from './persisted-cache';

/** What the standalone app's offline chunk (./start-offline) hands the reader once it is in. */
export interface OfflineStart {
  support: OfflineSupport;
  chrome: ReactNode;
  keep: typeof keepCacheSaved;
}

/**
 * With offline support (the standalone app), the reader's cache is saved on the device and the
 * offline banner and update prompt appear; without it (the embed, tests) nothing changes. The
 * support arrives as a promise and never holds back the first story online: the children stay
 * where they are when it lands, so nothing remounts. Started offline, the reader waits for the
 * saved copy instead, since without a connection it is where the stories are.
 */
export function OfflineCache({
  offline,
  children,
}: {
  offline?: Promise<OfflineStart | undefined>;
  children: ReactNode;
}) {
  const client = useQueryClient();
  const [start, setStart] = useState<OfflineStart | null>(null);
  const [waiting, setWaiting] = useState(() => offline !== undefined && !navigator.onLine);
  useEffect(() => {
    let live = true;
    void offline?.then(
      (loaded) => {
        if (!live) return;
        // A transition: it may land while the reader is still hydrating prerendered HTML, which an
        // urgent update would make React finish in one long synchronous task.
        if (loaded) startTransition(() => setStart(loaded));
        else setWaiting(false);
      },
      () => live && setWaiting(false),
    );
    return () => {
      live = false;
    };
  }, [offline]);
  useEffect(() => {
    if (!start) return;
    const [stop, restored] = start.keep(client, start.support);
    void restored.finally(() => setWaiting(false));
    return stop;
  }, [client, start]);
  return (
    <OfflineSupportContext value={start?.support ?? null}>
      <OfflineChromeContext value={start?.chrome ?? null}>{waiting ? null : children}</OfflineChromeContext>
    </OfflineSupportContext>
  );
}
