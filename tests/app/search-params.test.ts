import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch } from '../../src/app/search-params';
import { validateFeedSearch } from '../../src/news/feed-search';

describe('search params', () => {
  it('reads repeated keys as lists and writes them back as plain query strings', () => {
    const parsed = parseSearch('?q=nato+talks&entity=sweden&entity=japan');
    expect(parsed).toEqual({ q: 'nato talks', entity: ['sweden', 'japan'] });
    expect(stringifySearch(parsed)).toBe('?q=nato+talks&entity=sweden&entity=japan');
    expect(stringifySearch({ q: '', entity: [] })).toBe('');
  });

  it('keeps valid feed filters and drops bad ones without failing', () => {
    expect(
      validateFeedSearch(parseSearch('?entity=sweden&entity=Not%20An%20Id&source=nordic-wire&topic=defence')),
    ).toEqual({
      entity: ['sweden'],
      source: 'nordic-wire',
      topic: 'defence',
    });
    expect(validateFeedSearch({ q: { nested: true }, entity: 42, source: '../x' })).toEqual({});
    expect(validateFeedSearch({ entity: 'nato' })).toEqual({ entity: ['nato'] });
  });

  it('trims text, drops text past 200 characters, repeated entities and any other following value', () => {
    expect(validateFeedSearch({ q: '  nato  ', topic: 'x'.repeat(201), entity: ['nato', 'nato', 'Bad'] })).toEqual({
      q: 'nato',
      entity: ['nato'],
    });
    expect(validateFeedSearch({ following: '1', q: '   ' })).toEqual({ following: '1' });
    expect(validateFeedSearch({ following: 'yes', entity: ['Bad'] })).toEqual({});
  });
});
