import type { RefreshHint } from '../parse/refresh-hint';

const MINUTE = 60_000;

/** A feed's hints may space its fetches out, but never past a day: a year-long ttl is a mistake. */
export const MAX_HINTED_MINUTES = 24 * 60;
/** However often a source fails, it is tried again at least once a day. */
export const MAX_BACKOFF_MINUTES = 24 * 60;
/** Waits are spread by up to this fraction, so sources added together do not stay in lockstep. */
export const JITTER = 0.1;

export interface Clock {
  now: number;
  /** In [0, 1); Math.random in the server, fixed in tests. */
  random: () => number;
}

/**
 * Minutes until the next fetch of a source that worked: its interval, or longer when the feed's
 * ttl, sy:updatePeriod or Cache-Control asks (refreshHint reads them), but never past a day.
 */
export function successWaitMinutes(intervalMinutes: number, hint?: RefreshHint): number {
  if (!hint || hint.from === 'default') return intervalMinutes;
  return Math.max(intervalMinutes, Math.min(hint.minutes, MAX_HINTED_MINUTES));
}

/**
 * Minutes until a failing source is tried again: its interval doubled per consecutive failure, up
 * to a day (or its own interval, if that is longer: failing never makes a source polled more
 * often). A Retry-After from the server lengthens the wait, within the same cap.
 */
export function failureWaitMinutes(intervalMinutes: number, failures: number, retryAfterMs?: number): number {
  const cap = Math.max(MAX_BACKOFF_MINUTES, intervalMinutes);
  const doublings = Math.min(Math.max(failures, 1), 20);
  const retryAfter = retryAfterMs !== undefined && retryAfterMs > 0 ? retryAfterMs / MINUTE : 0;
  return Math.min(Math.max(intervalMinutes * 2 ** doublings, retryAfter), cap);
}

/** A time `minutes` from now, spread by up to ±JITTER so that many sources do not fetch at once. */
export function after(clock: Clock, minutes: number): Date {
  const spread = 1 + JITTER * (2 * clock.random() - 1);
  return new Date(clock.now + Math.round(minutes * spread * MINUTE));
}
