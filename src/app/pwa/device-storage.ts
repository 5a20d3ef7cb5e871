import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/** The string store the query-cache persister writes to. */
export interface DeviceStorage {
  getItem(key: string): Promise<string | undefined>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

/** How long a first read may take before the reader starts without what was saved. */
const READ_TIMEOUT_MS = 1500;

/**
 * IndexedDB that never fails the reader: private modes, denied storage and a full disk make every
 * call a no-op (reads find nothing), and a database that never answers (seen in some private
 * modes) is given up on after a moment, because the saved copy is a bonus, not a requirement.
 * `preload` starts reading a key at once, so the read overlaps the page's other start-up requests.
 */
export function createDeviceStorage({
  dbName = 'lede',
  preload,
}: { dbName?: string; preload?: string } = {}): DeviceStorage {
  let store: UseStore | undefined;
  try {
    if (globalThis.indexedDB) store = createStore(dbName, 'cache');
  } catch {
    store = undefined;
  }
  // idb-keyval opens the database on first use and can throw synchronously there: start each
  // call inside a promise so that too becomes a quiet failure.
  const attempt = <T>(run: (db: UseStore) => Promise<T>): Promise<T | undefined> =>
    store
      ? Promise.resolve(store)
          .then(run)
          .catch(() => undefined)
      : Promise.resolve(undefined);
  const read = (key: string) =>
    withTimeout(
      attempt((db) => get<unknown>(key, db)).then((value) => (typeof value === 'string' ? value : undefined)),
    );
  let early = preload === undefined ? undefined : { key: preload, value: read(preload) };

  return {
    getItem(key) {
      if (early?.key !== key) return read(key);
      const { value } = early;
      early = undefined;
      return value;
    },
    setItem: async (key, value) => {
      await attempt((db) => set(key, value, db));
    },
    removeItem: async (key) => {
      await attempt((db) => del(key, db));
    },
  };
}

function withTimeout<T>(promise: Promise<T | undefined>): Promise<T | undefined> {
  return Promise.race([
    promise,
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), READ_TIMEOUT_MS)),
  ]);
}
