import { onlineManager, QueryClient } from '@tanstack/react-query';
import { isNewsError } from '../news/errors';

/**
 * One client per reader instance (never a module singleton: two embeds must not share a cache).
 * The HTTP source already retries by the API's rules (Retry-After, no retry on 4xx); retrying
 * again on top would multiply the attempts. The one failure retried here is one that happened
 * offline: React Query holds it until the connection returns, then runs it at once.
 */
export function createQueryClient(): QueryClient {
  startOnlineFromDevice();
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 15 * 60_000,
        retry: retryWhenBackOnline,
        retryDelay: 0,
        networkMode: 'online',
        refetchOnWindowFocus: false,
      },
    },
  });
}

const MAX_OFFLINE_RETRIES = 3;

export function retryWhenBackOnline(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_OFFLINE_RETRIES && isNewsError(error) && error.offline;
}

/**
 * React Query assumes a connection until it hears an 'offline' event, so a reader opened offline
 * would send its first requests anyway. The browser's own answer is the better start.
 */
function startOnlineFromDevice(): void {
  if (typeof navigator !== 'undefined' && typeof navigator.onLine === 'boolean') {
    onlineManager.setOnline(navigator.onLine);
  }
}
