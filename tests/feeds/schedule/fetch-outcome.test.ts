// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initialSchedule, recordOutcome, type ScheduleState } from '../../../src/feeds/schedule/fetch-outcome';

const START = Date.parse('2026-12-01T12:00:00Z');
const MINUTE = 60_000;

/** A fake clock that only moves when the test says so; no jitter. */
function fakeClock(start = START) {
  const clock = { now: start, random: () => 0.5 };
  return { clock, advanceTo: (date: Date) => (clock.now = date.getTime()) };
}

describe('recording fetches', () => {
  it('makes a new source due at once', () => {
    expect(initialSchedule(30, START).nextFetchAt.getTime()).toBe(START);
  });

  it('records a success: health, items seen, the next fetch one interval later', () => {
    const { clock } = fakeClock();
    const state = recordOutcome(initialSchedule(30, START), { ok: true, notModified: false, newItems: 7 }, clock);
    expect(state).toMatchObject({ failures: 0, lastError: null, itemsSeen: 7 });
    expect(state.lastSuccessAt?.getTime()).toBe(START);
    expect(state.nextFetchAt.getTime()).toBe(START + 30 * MINUTE);
  });

  it('backs off through failures, keeps the last success, and recovers on the next success', () => {
    const { clock, advanceTo } = fakeClock();
    let state: ScheduleState = recordOutcome(
      initialSchedule(30, START),
      { ok: true, notModified: false, newItems: 2 },
      clock,
    );
    const waits: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      advanceTo(state.nextFetchAt);
      const before = clock.now;
      state = recordOutcome(state, { ok: false, error: 'the server answered 500' }, clock);
      waits.push((state.nextFetchAt.getTime() - before) / MINUTE);
    }
    expect(waits).toEqual([60, 120, 240, 480, 960, 1440, 1440]);
    expect(state).toMatchObject({ failures: 7, lastError: 'the server answered 500', itemsSeen: 2 });
    expect(state.lastSuccessAt?.getTime()).toBe(START);
    expect(state.lastFetchAt?.getTime()).toBe(clock.now);

    advanceTo(state.nextFetchAt);
    state = recordOutcome(state, { ok: true, notModified: true, newItems: 0 }, clock);
    expect(state).toMatchObject({ failures: 0, lastError: null, itemsSeen: 2 });
    expect(state.nextFetchAt.getTime() - clock.now).toBe(30 * MINUTE);
  });

  it('waits as long as a feed’s ttl asks after a success', () => {
    const { clock } = fakeClock();
    const state = recordOutcome(
      initialSchedule(30, START),
      { ok: true, notModified: false, newItems: 0, refresh: { minutes: 180, from: 'ttl' } },
      clock,
    );
    expect(state.nextFetchAt.getTime() - START).toBe(180 * MINUTE);
  });
});
