/**
 * Where the reading state is kept. Both methods may throw (storage blocked in private mode or by a
 * policy, quota exceeded); the store catches that and tells the reader instead of failing.
 */
export interface StateStorage {
  /** The stored text, or null when nothing has been stored yet. */
  load(): string | null;
  save(text: string): void;
}

export const STORAGE_KEY = 'lede.reading';
export const LEGACY_THEME_KEY = 'lede.theme';

/**
 * The standalone reader's storage. `localStorage` is looked up on every call because merely
 * reading the property throws where storage is denied. With nothing stored yet, a theme picked
 * before this store existed is carried over as a version 1 state.
 */
export function localStateStorage(key = STORAGE_KEY): StateStorage {
  return {
    load() {
      const stored = window.localStorage.getItem(key);
      if (stored !== null) return stored;
      const theme = window.localStorage.getItem(LEGACY_THEME_KEY);
      if (theme !== 'light' && theme !== 'dark') return null;
      return JSON.stringify({ version: 1, read: [], saved: [], theme });
    },
    save(text) {
      window.localStorage.setItem(key, text);
      window.localStorage.removeItem(LEGACY_THEME_KEY);
    },
  };
}

/** State for this visit only: an embed that must not write to its host page's storage, or a test. */
export function memoryStateStorage(initial: string | null = null): StateStorage & { text: string | null } {
  const storage = {
    text: initial,
    load: () => storage.text,
    save: (text: string) => {
      storage.text = text;
    },
  };
  return storage;
}
