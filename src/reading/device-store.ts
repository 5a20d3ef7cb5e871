import { createReadingStore, type ReadingStore } from './store';
import { localStateStorage } from './storage';

/**
 * This device's reading state, kept in localStorage: for a reader that has the page to itself (the
 * standalone app, the embed's iframe). Its own chunk, loaded beside config.json: reading the stored
 * state means validating it, and the validator (valibot) stays out of the first download.
 */
export function createDeviceReadingStore(): ReadingStore {
  return createReadingStore(localStateStorage());
}
