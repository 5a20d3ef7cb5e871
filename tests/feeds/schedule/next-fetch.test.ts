// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { refreshHint } from '../../../src/feeds/parse/refresh-hint';
import {
  after,
  failureWaitMinutes,
  MAX_BACKOFF_MINUTES,
  successWaitMinutes,
} from '../../../src/feeds/schedule/next-fetch';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const still = { now: NOW, random: () => 0.5 };

describe('the wait after a good fetch', () => {
  it('is the source’s interval (30 minutes by default) when the feed says nothing', () => {
    expect(successWaitMinutes(30)).toBe(30);
  });

  it('is lengthened by the feed’s ttl, sy:updatePeriod or Cache-Control, never shortened', () => {
    expect(successWaitMinutes(30, refreshHint({ ttlMinutes: 120 }))).toBe(120);
    expect(successWaitMinutes(30, refreshHint({ updatePeriod: 'daily', updateFrequency: 4 }))).toBe(360);
    expect(successWaitMinutes(30, refreshHint({}, 'public, max-age=7200'))).toBe(120);
    expect(successWaitMinutes(30, refreshHint({ ttlMinutes: 15 }))).toBe(30);
    expect(successWaitMinutes(2 * 24 * 60, refreshHint({ ttlMinutes: 60 }))).toBe(2 * 24 * 60);
  });

  it('ignores a hint that is only the default, and never waits past a day for one', () => {
    expect(successWaitMinutes(60, refreshHint({}))).toBe(60);
    expect(successWaitMinutes(30, { minutes: 60 * 24 * 365, from: 'ttl' })).toBe(24 * 60);
  });
});

describe('backoff for a failing source', () => {
  it('doubles the wait per consecutive failure', () => {
    expect([1, 2, 3, 4].map((failures) => failureWaitMinutes(30, failures))).toEqual([60, 120, 240, 480]);
  });

  it('is capped at a day, however many failures', () => {
    expect(failureWaitMinutes(30, 6)).toBe(MAX_BACKOFF_MINUTES);
    expect(failureWaitMinutes(30, 1000)).toBe(MAX_BACKOFF_MINUTES);
  });

  it('never polls a source with a long interval more often because it fails', () => {
    expect(failureWaitMinutes(7 * 24 * 60, 3)).toBe(7 * 24 * 60);
  });

  it('honours a Retry-After longer than the backoff, within the cap', () => {
    expect(failureWaitMinutes(30, 1, 3 * 3_600_000)).toBe(180);
    expect(failureWaitMinutes(30, 1, 60_000)).toBe(60);
    expect(failureWaitMinutes(30, 1, 30 * 24 * 3_600_000)).toBe(MAX_BACKOFF_MINUTES);
  });
});

describe('due times', () => {
  it('are exact with no jitter, and spread by at most 10% either way', () => {
    expect(after(still, 30).toISOString()).toBe('2026-12-01T12:30:00.000Z');
    expect(after({ now: NOW, random: () => 0 }, 30).getTime() - NOW).toBe(27 * 60_000);
    expect(after({ now: NOW, random: () => 0.999999 }, 30).getTime() - NOW).toBeLessThanOrEqual(33 * 60_000);
  });
});
