/** Between two requests to one host, by default: a polite reader never hammers a publisher. */
export const DEFAULT_POLITE_DELAY_MS = 1000;

export interface HostLimiterOptions {
  delayMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Runs requests one at a time per host, `delayMs` apart; different hosts run side by side. */
export interface HostLimiter {
  run<T>(url: string | URL, task: () => Promise<T>): Promise<T>;
}

interface HostLane {
  /** Settles when the last queued request to the host has finished. */
  tail: Promise<void>;
  queued: number;
  lastEndAt: number | null;
}

/** How long to wait before the next request to a host whose last one ended at `lastEndAt`. */
export function politeWaitMs(lastEndAt: number | null, now: number, delayMs: number): number {
  return lastEndAt === null ? 0 : Math.max(0, lastEndAt + delayMs - now);
}

export function hostKey(url: string | URL): string {
  return new URL(url).hostname.toLowerCase();
}

export function createHostLimiter({
  delayMs = DEFAULT_POLITE_DELAY_MS,
  now = Date.now,
  sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}: HostLimiterOptions = {}): HostLimiter {
  const lanes = new Map<string, HostLane>();

  return {
    run<T>(url: string | URL, task: () => Promise<T>): Promise<T> {
      const key = hostKey(url);
      forgetIdleLanes();
      const lane = lanes.get(key) ?? { tail: Promise.resolve(), queued: 0, lastEndAt: null };
      lanes.set(key, lane);
      lane.queued += 1;
      const result = lane.tail.then(async () => {
        const wait = politeWaitMs(lane.lastEndAt, now(), delayMs);
        if (wait > 0) await sleep(wait);
        try {
          return await task();
        } finally {
          lane.lastEndAt = now();
          lane.queued -= 1;
        }
      });
      lane.tail = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
  };

  /** An idle host whose delay is over needs no lane, so the map does not grow with every host ever seen. */
  function forgetIdleLanes(): void {
    const at = now();
    for (const [key, lane] of lanes) {
      if (lane.queued === 0 && politeWaitMs(lane.lastEndAt, at, delayMs) === 0) lanes.delete(key);
    }
  }
}
