// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readDate } from '../../../src/news/repair/lenient-date';
import { TimestampSchema } from '../../../src/news/schema/primitives';

describe('readDate: dates as feeds write them, into ISO 8601 with an offset', () => {
  it.each([
    ['2026-11-05T14:20:00+01:00', '2026-11-05T14:20:00+01:00'],
    ['2026-11-05T14:20:00.123Z', '2026-11-05T14:20:00.123Z'],
    ['2026-11-05 14:20', '2026-11-05T14:20:00Z'],
    ['2026-11-05T14:20:00', '2026-11-05T14:20:00Z'],
    ['2026-11-05T14:20:00+0530', '2026-11-05T14:20:00+05:30'],
    ['2026-11-05', '2026-11-05T00:00:00Z'],
    ['  2026-11-05  ', '2026-11-05T00:00:00Z'],
    ['Thu, 05 Nov 2026 14:20:00 GMT', '2026-11-05T14:20:00Z'],
    ['Thu, 5 Nov 2026 14:20:00 -0500', '2026-11-05T14:20:00-05:00'],
    ['5 Nov 2026 14:20 PST', '2026-11-05T14:20:00-08:00'],
    ['Thu, 05 Nov 26 14:20:00 EDT', '2026-11-05T14:20:00-04:00'],
    ['Thu, 05 Nov 99 14:20:00', '1999-11-05T14:20:00Z'],
    ['Thu, 05 November 2026 14:20:00 XYZ', '2026-11-05T14:20:00Z'],
    ['2016-12-31T23:59:60Z', '2016-12-31T23:59:59Z'],
    ['Sat, 31 Dec 2016 23:59:60 +0000', '2016-12-31T23:59:59Z'],
    ['1794150000', '2026-11-08T15:00:00.000Z'],
    [1794150000, '2026-11-08T15:00:00.000Z'],
    [1794150000000, '2026-11-08T15:00:00.000Z'],
  ])('%j -> %s', (input, expected) => {
    expect(readDate(input)).toBe(expected);
    expect(v.is(TimestampSchema, expected)).toBe(true);
  });

  it.each([
    'last Tuesday',
    '',
    '2026-02-30',
    '2026-04-31T10:00:00Z',
    '2026-11-05T25:00:00Z',
    '2026-11-05T10:61:00Z',
    '2026-11-05T10:00:00+25:00',
    '0000-01-01',
    'Thu, 05 Foo 2026 14:20:00 GMT',
    '-3',
    'javascript:alert(1)',
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e20,
    true,
    {},
    ['2026-11-05'],
  ])('%j is unknown (null)', (input) => {
    expect(readDate(input)).toBeNull();
  });
});
