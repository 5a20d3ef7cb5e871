import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { Query } from '@tanstack/react-query';
import { createDeviceStorage } from './device-storage';

const CACHE_KEY = 'query-cache';

/** What was read on this device stays readable offline for a week; after that it is old news. */
export const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** The query cache saved to IndexedDB (at most once a second), its saved copy already being read. */
export function createQueryPersister() {
  return createAsyncStoragePersister({
    storage: createDeviceStorage({ preload: CACHE_KEY }),
    key: CACHE_KEY,
    throttleTime: 1000,
  });
}

/**
 * Only answers that arrived (never errors or requests in flight), and each only for a week after
 * it arrived: the saved copy is rewritten on every change, so without a per-query limit a story
 * read once would be carried forward for as long as Lede is opened now and then.
 */
export function shouldPersistQuery(query: Pick<Query, 'state'>, now = Date.now()): boolean {
  return query.state.status === 'success' && now - query.state.dataUpdatedAt < MAX_AGE_MS;
}
