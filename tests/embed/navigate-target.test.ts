import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { initialTarget, NavigateTargetSchema, pathFor } from '../../src/embed/navigate-target';
import { pickedEntities, readerLocation } from '../../src/app/reader-location';

describe('navigation targets', () => {
  it("maps targets to the reader's paths", () => {
    expect(pathFor({ article: '2026-11-05-kihara' })).toBe('/articles/2026-11-05-kihara');
    expect(pathFor({ entity: 'nato' })).toBe('/entities/nato');
    expect(pathFor({ feed: { q: 'air defence', entity: ['nato', 'japan'] } })).toBe(
      '/?q=air+defence&entity=nato&entity=japan',
    );
    expect(pathFor({ feed: {} })).toBe('/');
  });

  it('starts on the story when given one, else on the filtered feed', () => {
    expect(initialTarget({ article: 'a', entity: 'nato' })).toEqual({ article: 'a' });
    expect(initialTarget({ entity: 'nato', q: 'ships' })).toEqual({ feed: { entity: 'nato', q: 'ships' } });
    expect(initialTarget({})).toEqual({ feed: { entity: undefined, q: undefined } });
  });

  it('rejects anything else', () => {
    expect(v.is(NavigateTargetSchema, { article: '' })).toBe(false);
    expect(v.is(NavigateTargetSchema, { article: 'a', entity: 'b' })).toBe(false);
    expect(v.is(NavigateTargetSchema, { href: 'https://evil.example' })).toBe(false);
  });
});

describe('reader locations', () => {
  it('names the view, the id and only the feed params that are set', () => {
    expect(readerLocation('/articles/a%20b', { entity: 'nato' })).toEqual({
      view: 'article',
      id: 'a b',
      search: { entity: ['nato'] },
    });
    expect(readerLocation('/', {})).toEqual({ view: 'feed', search: {} });
    expect(readerLocation('/entities/nato', {})).toEqual({ view: 'entity', id: 'nato', search: {} });
  });

  it('counts an opened entity page or an added filter as picking an entity, not the first page', () => {
    const feed = readerLocation('/', { entity: 'nato' });
    expect(pickedEntities(null, feed)).toEqual([]);
    expect(pickedEntities(feed, readerLocation('/', { entity: ['nato', 'japan'] }))).toEqual(['japan']);
    expect(pickedEntities(feed, readerLocation('/', {}))).toEqual([]);
    expect(pickedEntities(feed, readerLocation('/entities/sweden', { entity: 'nato' }))).toEqual(['sweden']);
  });
});
