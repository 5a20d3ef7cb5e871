import { describe, expect, it } from 'vitest';
import { stableDate } from '../../src/ui/relative-time';

describe('stableDate', () => {
  const intl = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

  it('writes every month as the English medium date style does, in UTC', () => {
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 9, 28]) {
        const iso = new Date(Date.UTC(2026, month, day, 23, 30)).toISOString();
        expect(stableDate(iso)).toBe(intl.format(new Date(iso)));
      }
    }
  });

  it('keeps the UTC day when the offset is late in the evening elsewhere', () => {
    expect(stableDate('2026-11-28T23:59:00-05:00')).toBe('Nov 29, 2026');
  });
});
