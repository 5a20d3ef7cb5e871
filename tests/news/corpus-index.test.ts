import { describe, expect, it } from 'vitest';
import { buildEntityRecords } from '../../src/news/engine/entity-records';
import { createCorpusIndex } from '../../src/news/engine/corpus-index';
import { makeArticle } from '../fixtures/articles';

const articles = [
  makeArticle({ id: 'a1', publishedAt: '2026-11-01T08:00:00+00:00', topics: ['defence'] }, [
    'Pål Jonson',
    'Minoru Kihara',
  ]),
  makeArticle({ id: 'a2', publishedAt: '2026-11-02T08:00:00+00:00', topics: ['sport'] }, ['Marta Silva']),
  makeArticle({ id: 'a3', publishedAt: '2026-11-03T08:00:00+00:00', source: { id: 'touchline', name: 'Touchline' } }, [
    'Minoru Kihara',
    'Marta Silva',
  ]),
  // Same time as a3: the id breaks the tie, so the order is total.
  makeArticle({ id: 'a0', publishedAt: '2026-11-03T09:00:00+01:00' }, ['Pål Jonson']),
  makeArticle({ id: 'a4', publishedAt: '2026-11-04T08:00:00+00:00', title: 'Crème brûlée diplomacy' }, ['Lena Marsh']),
];
const index = () => createCorpusIndex(articles, buildEntityRecords(articles, []));
const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

describe('createCorpusIndex: articles', () => {
  it('lists newest first, ties broken by id', () => {
    expect(ids(index().listArticles({}))).toEqual(['a4', 'a0', 'a3', 'a2', 'a1']);
  });

  it('searches case- and diacritic-insensitively over title, body and entity names', () => {
    expect(ids(index().listArticles({ q: 'CREME brulee' }))).toEqual(['a4']);
    expect(ids(index().listArticles({ q: 'pal jonson' }))).toEqual(['a0', 'a1']);
    expect(ids(index().listArticles({ q: 'jonson zebra' }))).toEqual([]);
  });

  it('treats repeated entities as AND, and filters by source and topic', () => {
    expect(ids(index().listArticles({ entities: ['minoru-kihara'] }))).toEqual(['a3', 'a1']);
    expect(ids(index().listArticles({ entities: ['minoru-kihara', 'marta-silva'] }))).toEqual(['a3']);
    expect(ids(index().listArticles({ source: 'touchline' }))).toEqual(['a3']);
    expect(ids(index().listArticles({ topic: 'Sport' }))).toEqual(['a2']);
  });

  it('paginates with cursors to the exact end, with the total of all matches', () => {
    const engine = index();
    const first = engine.listArticles({ limit: 2 });
    expect(ids(first)).toEqual(['a4', 'a0']);
    expect(first.total).toBe(5);
    const second = engine.listArticles({ limit: 2, cursor: first.nextCursor ?? '' });
    expect(ids(second)).toEqual(['a3', 'a2']);
    const third = engine.listArticles({ limit: 2, cursor: second.nextCursor ?? '' });
    expect(ids(third)).toEqual(['a1']);
    expect(third.nextCursor).toBeNull();
    expect(engine.listArticles({ limit: 5 }).nextCursor).toBeNull();
  });

  it('keeps cursors valid when newer stories arrive', () => {
    const first = index().listArticles({ limit: 2 });
    const newer = makeArticle({ id: 'breaking', publishedAt: '2026-11-09T08:00:00+00:00' });
    const grown = createCorpusIndex([...articles, newer], []);
    expect(ids(grown.listArticles({ limit: 2, cursor: first.nextCursor ?? '' }))).toEqual(['a3', 'a2']);
  });

  it('clamps limits and rejects a bad cursor with a bad-request error', () => {
    expect(index().listArticles({ limit: 0 }).items).toHaveLength(1);
    expect(() => index().listArticles({ cursor: 'nope' })).toThrow(expect.objectContaining({ kind: 'bad-request' }));
  });

  it('returns full articles and a not-found error for unknown ids', () => {
    expect(index().getArticle('a2').body).toHaveLength(2);
    expect(() => index().getArticle('missing')).toThrow(expect.objectContaining({ kind: 'not-found' }));
  });

  it('summaries carry mention counts but no body or mention ranges', () => {
    const summary = index().listArticles({ entities: ['lena-marsh'] }).items[0];
    expect(summary).not.toHaveProperty('body');
    expect(summary?.entities[0]).toEqual(expect.objectContaining({ id: 'lena-marsh', mentionCount: 1 }));
    expect(summary?.entities[0]).not.toHaveProperty('mentions');
  });
});

describe('createCorpusIndex: entities', () => {
  it('ranks entities by matching stories, within the current filter (co-occurrence)', () => {
    const all = index().listEntities({});
    expect(all.items.slice(0, 3).map((e) => [e.id, e.count])).toEqual([
      ['marta-silva', 2],
      ['minoru-kihara', 2],
      ['pal-jonson', 2],
    ]);
    const withKihara = index().listEntities({ entities: ['minoru-kihara'] });
    expect(withKihara.items.map((e) => [e.id, e.count, e.articleCount])).toEqual([
      ['marta-silva', 1, 2],
      ['pal-jonson', 1, 2],
    ]);
  });

  it('filters entities by name, alias and type', () => {
    expect(
      index()
        .listEntities({ q: 'kiha' })
        .items.map((e) => e.id),
    ).toEqual(['minoru-kihara']);
    expect(index().listEntities({ type: 'place' }).items).toEqual([]);
  });

  it('builds entity records with first and last appearance and co-occurrence', () => {
    const kihara = index().getEntity('minoru-kihara');
    expect(kihara).toEqual(
      expect.objectContaining({
        articleCount: 2,
        firstSeen: '2026-11-01T08:00:00+00:00',
        lastSeen: '2026-11-03T08:00:00+00:00',
      }),
    );
    expect(kihara.related.map((r) => [r.id, r.count])).toEqual([
      ['marta-silva', 1],
      ['pal-jonson', 1],
    ]);
    expect(() => index().getEntity('nobody')).toThrow(expect.objectContaining({ kind: 'not-found' }));
  });
});
