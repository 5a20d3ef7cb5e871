import { describe, expect, it } from 'vitest';
import { intervalWords, itemsWords, noNextFetchWords, statusWords } from '../../src/news/source-words';
import { makeSourceRecord } from '../features/sources/source-fixtures';

describe('health in words', () => {
  it('says how often an active source is fetched', () => {
    expect(statusWords({ status: 'active', intervalMinutes: 30 })).toBe('Fetched every 30 minutes');
    expect(statusWords({ status: 'active', intervalMinutes: 60 })).toBe('Fetched every hour');
    expect(statusWords({ status: 'paused', intervalMinutes: 60 })).toBe('Paused: not fetched');
  });

  it('names intervals in the largest whole unit', () => {
    expect(intervalWords(5)).toBe('every 5 minutes');
    expect(intervalWords(90)).toBe('every 90 minutes');
    expect(intervalWords(360)).toBe('every 6 hours');
    expect(intervalWords(1440)).toBe('every day');
    expect(intervalWords(2880)).toBe('every 2 days');
  });

  it('counts stories', () => {
    expect(itemsWords(1)).toBe('1 story');
    expect(itemsWords(12_345)).toBe('12,345 stories');
  });

  it('explains a missing or past next fetch, and leaves a future one to the clock', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    const source = makeSourceRecord();
    const next = (nextFetchAt: string | null, status = source.status) =>
      noNextFetchWords({ status, health: { ...source.health, nextFetchAt } }, now);
    expect(next('2026-12-01T12:25:00Z')).toBeNull();
    expect(next('2026-12-01T11:59:00Z')).toBe('due now');
    expect(next(null)).toBe('not scheduled yet');
    expect(next('2026-12-01T12:25:00Z', 'paused')).toBe('none while paused');
    expect(next(null, 'bundled')).toBe('never: its stories came with Lede');
  });
});
