// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hintedIntervalMinutes } from '../../../src/feeds/schedule/interval-hints';
import {
  after,
  failureWaitMinutes,
  MAX_BACKOFF_MINUTES,
  successWaitMinutes,
} from '../../../src/feeds/schedule/next-fetch';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const still = { now: NOW, random: () => 0.5 };

describe('feed hints', () => {
  it('reads ttl, sy:updatePeriod with its frequency, and Cache-Control max-age', () => {
    expect(hintedIntervalMinutes({ ttlMinutes: 90 })).toBe(90);
    expect(hintedIntervalMinutes({ updatePeriod: 'hourly', updateFrequency: 2 })).toBe(30);
    expect(hintedIntervalMinutes({ updatePeriod: ' Daily ' })).toBe(1440);
    expect(hintedIntervalMinutes({ cacheControl: 'public, max-age=3600' })).toBe(60);
  });

  it('takes the longest of several, and ignores what cannot be used', () => {
    expect(hintedIntervalMinutes({ ttlMinutes: 15, cacheControl: 'max-age=7200' })).toBe(120);
    expect(hintedIntervalMinutes({ ttlMinutes: -5, updatePeriod: 'fortnightly', cacheControl: 'no-cache' })).toBe(
      undefined,
    );
    expect(hintedIntervalMinutes({ updatePeriod: 'hourly', updateFrequency: 0 })).toBe(60);
    expect(hintedIntervalMinutes({ cacheControl: 'max-age=soon' })).toBe(undefined);
    expect(hintedIntervalMinutes({})).toBe(undefined);
  });
});

describe('the wait after a good fetch', () => {
  it('is the source’s interval (30 minutes by default) when the feed says nothing', () => {
    expect(successWaitMinutes(30)).toBe(30);
  });

  it('is lengthened by a hint, never shortened, and never past a day', () => {
    expect(successWaitMinutes(30, { ttlMinutes: 120 })).toBe(120);
    expect(successWaitMinutes(30, { ttlMinutes: 5 })).toBe(30);
    expect(successWaitMinutes(30, { ttlMinutes: 60 * 24 * 365 })).toBe(24 * 60);
    expect(successWaitMinutes(2 * 24 * 60, { ttlMinutes: 60 })).toBe(2 * 24 * 60);
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
