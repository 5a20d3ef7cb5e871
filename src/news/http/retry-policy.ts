import { abortError } from '../abort';

export interface RetryPolicy {
  maxAttempts: number;
  /** First backoff step; each later step doubles, up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /**
   * The longest Retry-After the reader waits out. A server asking for longer is not asked again
   * sooner than it said: the request fails at once with "try again in a moment".
   */
  maxRetryAfterMs: number;
  /** A 429 or 503 without a Retry-After Lede can read still gets at least this breather. */
  minBusyDelayMs: number;
  random: () => number;
  now: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  backoffMs: 400,
  maxBackoffMs: 4000,
  maxRetryAfterMs: 10_000,
  minBusyDelayMs: 1000,
  random: Math.random,
  now: Date.now,
};

/** 408 and 429 are the only client errors a repeat can fix; every other 4xx would fail the same way. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Only these two statuses are defined to carry a Retry-After worth obeying. */
export function honoursRetryAfter(status: number): boolean {
  return status === 429 || status === 503;
}

/**
 * Retry-After is either delta-seconds or an HTTP-date; anything else is ignored (undefined). A
 * date is measured from when the answer arrived and rounded up to the second, since the header
 * has no finer grain and "at 10:00:05" must not become an attempt at 10:00:04.6.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // All three HTTP-date forms open with a weekday; Date.parse alone would take "-3" as a year.
  if (!/^[a-z]{3}/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000) * 1000);
}

/**
 * Exponential backoff with "equal jitter": never zero (so a flapping server gets a breather) but
 * spread out, so many readers hitting the same outage do not retry in lockstep.
 */
export function backoffDelay(failedAttempt: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (failedAttempt - 1));
  return Math.round(ceiling / 2 + policy.random() * (ceiling / 2));
}

/**
 * How long to wait before the next attempt, or undefined when the server asked for a longer wait
 * than the reader is made to sit through. Retry-After is a floor, never shortened.
 */
export function retryDelay(
  failedAttempt: number,
  busy: { retryAfterMs: number | undefined } | undefined,
  policy: RetryPolicy,
): number | undefined {
  if (busy?.retryAfterMs !== undefined) {
    return busy.retryAfterMs > policy.maxRetryAfterMs ? undefined : busy.retryAfterMs;
  }
  const backoff = backoffDelay(failedAttempt, policy);
  return busy ? Math.max(policy.minBusyDelayMs, backoff) : backoff;
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** A wait between attempts that a newer navigation cuts short, rejecting with the usual AbortError. */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
