import type { RefreshHint } from '../parse/refresh-hint';
import { after, failureWaitMinutes, successWaitMinutes, type Clock } from './next-fetch';

/** What the scheduler keeps per source between fetches (in the store, so it survives restarts). */
export interface ScheduleState {
  intervalMinutes: number;
  /** Consecutive failed fetches; 0 after any success. */
  failures: number;
  lastFetchAt: Date | null;
  lastSuccessAt: Date | null;
  lastError: string | null;
  itemsSeen: number;
  nextFetchAt: Date;
}

export type FetchOutcome =
  | { ok: true; notModified: boolean; newItems: number; refresh?: RefreshHint }
  /** `error` is already in words for a person ("the server answered 404"). */
  | { ok: false; error: string; retryAfterMs?: number };

/** The state after one fetch: health recorded and the next fetch decided. Pure, so it is tested with a fixed clock. */
export function recordOutcome(state: ScheduleState, outcome: FetchOutcome, clock: Clock): ScheduleState {
  const at = new Date(clock.now);
  if (outcome.ok) {
    return {
      ...state,
      failures: 0,
      lastFetchAt: at,
      lastSuccessAt: at,
      lastError: null,
      itemsSeen: state.itemsSeen + outcome.newItems,
      nextFetchAt: after(clock, successWaitMinutes(state.intervalMinutes, outcome.refresh)),
    };
  }
  const failures = state.failures + 1;
  return {
    ...state,
    failures,
    lastFetchAt: at,
    lastError: outcome.error,
    nextFetchAt: after(clock, failureWaitMinutes(state.intervalMinutes, failures, outcome.retryAfterMs)),
  };
}

/** A new or resumed source is due at once; its first stories should not wait half an hour. */
export function initialSchedule(intervalMinutes: number, now: number): ScheduleState {
  return {
    intervalMinutes,
    failures: 0,
    lastFetchAt: null,
    lastSuccessAt: null,
    lastError: null,
    itemsSeen: 0,
    nextFetchAt: new Date(now),
  };
}
