import type { ReadingStore } from './store';

/**
 * Starts loading this device's reading store in its own chunk, to be awaited once config.json is
 * in. A failure is reported where it is awaited, never as an unhandled rejection before that.
 */
export function startDeviceReadingStore(): Promise<ReadingStore> {
  const store = import('./device-store').then((m) => m.createDeviceReadingStore());
  store.catch(() => undefined);
  return store;
}
