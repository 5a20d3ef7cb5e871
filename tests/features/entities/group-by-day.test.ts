import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../src/news/schema/article';
import { formatDay, groupByDay } from '../../../src/features/entities/group-by-day';

const story = (id: string, publishedAt: string | null) => ({ id, publishedAt }) as unknown as ArticleSummary;

describe('stories by day', () => {
  // 23:30 UTC on the 5th is already the 6th east of Greenwich: HTML rendered ahead of time groups
  // by the UTC day, whatever zone the machine that rendered it is in.
  const stories = [story('late', '2026-11-05T23:30:00Z'), story('early', '2026-11-05T01:00:00Z'), story('x', null)];

  it('groups consecutive stories by their UTC calendar day, unknown dates apart', () => {
    expect(groupByDay(stories, 'UTC').map(({ day, stories: onDay }) => [day, onDay.map((s) => s.id)])).toEqual([
      ['2026-11-05', ['late', 'early']],
      ['', ['x']],
    ]);
  });

  it('writes a day heading from the calendar day alone, in the language asked for', () => {
    expect(formatDay('2026-11-05', 'en-US')).toBe('Thursday, November 5, 2026');
    expect(formatDay('2026-11-05', 'de-DE')).toBe('Donnerstag, 5. November 2026');
    expect(formatDay('', 'en-US')).toBe('Date unknown');
  });
});
