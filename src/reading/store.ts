import { parseStoredText } from './migrate';
import { emptyState } from './defaults';
import type { ReadingState } from './schema';
import type { StateStorage } from './storage';

export interface StoreStatus {
  /** False when changes last only for this visit. */
  kept: boolean;
  /** What the reader should know about their stored state, in plain words; null when all is well. */
  notice: string | null;
}

export interface ReadingStore {
  getState: () => ReadingState;
  getStatus: () => StoreStatus;
  subscribe: (listener: () => void) => () => void;
  update: (change: (state: ReadingState) => ReadingState) => void;
}

const NOT_KEPT =
  'This browser does not let Lede store anything, so what you read, save and follow, and your settings, last only for this visit.';
const FULL = 'This device’s storage is full, so your latest changes will not be kept after this visit.';

/**
 * One reader's device state. It is read synchronously when the reader starts, so settings apply
 * on the first paint; every change is written back at once. Storage failures never throw: the
 * state keeps working in memory and the status says it will not be kept.
 */
export function createReadingStore(storage: StateStorage): ReadingStore {
  const listeners = new Set<() => void>();
  let { state, status } = loadInitial(storage);

  const setStatus = (next: StoreStatus) => {
    if (next.kept !== status.kept || next.notice !== status.notice) status = next;
  };

  return {
    getState: () => state,
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(change) {
      const next = change(state);
      if (next === state) return;
      state = next;
      try {
        storage.save(JSON.stringify(state));
      } catch (error) {
        setStatus({ kept: false, notice: isQuotaError(error) ? FULL : NOT_KEPT });
      }
      for (const listener of listeners) listener();
    },
  };
}

function loadInitial(storage: StateStorage): { state: ReadingState; status: StoreStatus } {
  let text: string | null;
  try {
    text = storage.load();
  } catch {
    return { state: emptyState(), status: { kept: false, notice: NOT_KEPT } };
  }
  if (text === null) return { state: emptyState(), status: { kept: true, notice: null } };
  const parsed = parseStoredText(text);
  if (parsed.ok) return { state: parsed.state, status: { kept: true, notice: null } };
  return {
    state: emptyState(),
    status: {
      kept: true,
      notice: `Your stored reading state could not be read (${parsed.problem}), so Lede started afresh.`,
    },
  };
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}
