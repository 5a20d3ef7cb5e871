/**
 * "A newer version is waiting", between the service worker registration (which learns of it) and
 * the prompt (which lets the reader apply it). A tiny store, so the prompt need not load Workbox.
 */
export interface UpdateSignal {
  subscribe: (listener: () => void) => () => void;
  isWaiting: () => boolean;
  /** Called by the registration: a version is waiting, and this installs it and reloads. */
  offer: (apply: () => void) => void;
  apply: () => void;
}

export function createUpdateSignal(): UpdateSignal {
  const listeners = new Set<() => void>();
  let pending: (() => void) | null = null;
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isWaiting: () => pending !== null,
    offer(apply) {
      pending = apply;
      for (const listener of listeners) listener();
    },
    apply: () => pending?.(),
  };
}
