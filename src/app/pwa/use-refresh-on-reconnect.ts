import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

/**
 * When the connection comes back, what is on screen is fetched again. React Query refetches on
 * reconnect only what it thinks is stale, but an answer the service worker gave from its cache
 * while offline looks fresh to it: so everything is marked stale and the visible queries refetch.
 */
export function useRefreshOnReconnect(online: boolean): void {
  const client = useQueryClient();
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current) void client.invalidateQueries();
    wasOnline.current = online;
  }, [online, client]);
}
