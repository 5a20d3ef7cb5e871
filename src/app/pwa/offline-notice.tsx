import { useOfflineSupport } from './offline-support';
import { useOnline } from '../../ui/use-online';
import { useRefreshOnReconnect } from './use-refresh-on-reconnect';

/** Under the header while offline: what the reader sees is what this device saved. */
export function OfflineNotice() {
  return useOfflineSupport() ? <OfflineBanner /> : null;
}

function OfflineBanner() {
  const online = useOnline();
  useRefreshOnReconnect(online);
  if (online) return null;
  return (
    <div
      role="status"
      className="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="mx-auto max-w-[96rem] px-4 py-2 text-sm">
        <strong className="font-semibold">You are offline.</strong> Showing stories saved on this device.
      </p>
    </div>
  );
}
