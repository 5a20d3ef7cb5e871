import { QueryClient } from '@tanstack/react-query';

/**
 * One client per reader instance (never a module singleton: two embeds must not share a cache).
 * Retries are off here because the HTTP source already retries by the API's rules (Retry-After,
 * no retry on 4xx); retrying again on top would multiply the waits.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 15 * 60_000,
        retry: false,
        refetchOnWindowFocus: false,
      },
    },
  });
}
