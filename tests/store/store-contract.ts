import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNewsError } from '../../src/news/errors';
import type { NewsStore } from '../../src/news/store/news-store';
import type { ArticleQuery, EntityQuery } from '../../src/news/source';
import { contractCorpus } from './contract-corpus';
import { describeWriteContract } from './write-contract';

export interface StoreUnderTest {
  store: NewsStore;
  /** Drops what the run created (a PostgreSQL schema); closing the store is done by the suite. */
  cleanup?: () => Promise<void>;
  /** A SQL store's read-back check of every story and entity record (SqlNewsStore.verify). */
  verify?: () => Promise<string[]>;
}

const corpus = contractCorpus();
const { reference } = corpus;
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

export const ARTICLE_QUERIES: ArticleQuery[] = [
  {},
  { q: 'sweden' },
  { q: 'SWEDEN' },
  { q: 'linkoping' },
  { q: 'LINKÖPING' },
  { q: 'Sjöberg ekstrom' },
  { q: 'falcao' },
  { q: 'nato summit' },
  { q: 'kalo' },
  { q: '  ,!! ' },
  { q: '50%' },
  { q: 'a_b' },
  { q: 'sweden’s' },
  { q: 'zzzz-nothing' },
  // Accents, case, partial words, punctuation and odd spaces (SEARCH_TEXT in contract-corpus.ts).
  { q: 'creme brulee' },
  { q: 'BRÛLÉE asa' },
  { q: 'rûl' },
  { q: 'istanbul' },
  { q: 'strasse' },
  { q: 'straße' },
  { q: 'naive' },
  { q: 'vecaf' },
  { q: 'aerø' },
  { q: 'ærø' },
  { q: 'finance' },
  { q: 'ﬁn' },
  { q: 'zoe' },
  { q: '«oeuvre»' },
  { q: 'œuvre' },
  { q: 'd’artagnan' },
  { q: 'artagnan)' },
  { q: 'news@lede.example' },
  { q: 'mail:' },
  { q: 'U.S.' },
  { q: 'u.s 50%' },
  { q: '50%off' },
  { q: 'off' },
  { q: 'a_b linköping’s' },
  { q: 'co-operation' },
  { q: 'operation.' },
  { q: 'brulee\u00a0istanbul\u3000zoe' },
  { q: 'brulee zzzz-nothing' },
  { q: 'ee\tsa' },
  { q: 'naïve\u200bcafé' },
  { q: '50%\u0085off' },
  { entities: ['sweden'] },
  { entities: ['sweden', 'stockholm'] },
  { entities: ['sweden', 'japan'] },
  { entities: ['sweden', 'sweden'] },
  { entities: ['no-such-entity'] },
  { source: 'nordic-wire' },
  { source: 'synthetic-wire' },
  { source: 'no-such-source' },
  { topic: 'sport' },
  { topic: 'SPORT' },
  { topic: 'Défence' },
  { topic: 'defence', source: 'sample-times' },
  { q: 'talks', entities: ['sweden'] },
  { q: 'the', topic: 'business', source: 'test-ledger' },
];

/** Queries that must find a story of SEARCH_TEXT, so the comparisons above are not of empty pages. */
const SEARCH_HITS: [q: string, id: string][] = [
  ['creme brulee', 'search-words-0'],
  ['BRÛLÉE asa', 'search-words-0'],
  ['rûl', 'search-words-0'],
  ['istanbul', 'search-words-0'],
  ['straße', 'search-words-0'],
  ['ærø', 'search-words-0'],
  ['zoe', 'search-words-0'],
  ['naïve\u200bcafé', 'search-words-0'],
  ['brulee\u00a0istanbul\u3000zoe', 'search-words-0'],
  ['œuvre', 'search-words-1'],
  ['d’artagnan', 'search-words-1'],
  ['news@lede.example', 'search-words-1'],
  ['U.S.', 'search-words-1'],
  ['50%\u0085off', 'search-words-1'],
  ['a_b linköping’s', 'search-words-1'],
  ['co-operation', 'search-words-1'],
];

const ENTITY_QUERIES: EntityQuery[] = [
  {},
  { limit: 1 },
  { limit: 7 },
  { limit: 200 },
  { type: 'person' },
  { type: 'place', limit: 5 },
  { q: 'eu' },
  { q: 'nato' },
  { q: 'JONSON' },
  { q: 'pal' },
  { q: 'ka lo' },
  { q: 'a_b%' },
  { entities: ['sweden'] },
  { entities: ['sweden', 'stockholm'] },
  { entities: ['sweden'], type: 'person' },
  { entities: ['no-such-entity'] },
  { source: 'nordic-wire' },
  { source: 'nordic-wire', limit: 3 },
  { topic: 'Sport' },
  { topic: 'climate', q: 'a' },
  { entities: ['sweden'], source: 'nordic-wire', topic: 'defence', limit: 50 },
];

/** Every page of a feed, following its cursors to the end. */
export async function allPages(read: (query: ArticleQuery) => Promise<unknown>, query: ArticleQuery, limit: number) {
  const pages: unknown[] = [];
  let cursor: string | undefined;
  do {
    const page = (await read({ ...query, limit, ...(cursor ? { cursor } : {}) })) as { nextCursor: string | null };
    pages.push(plain(page));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 200);
  return pages;
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return isNewsError(error) ? { kind: error.kind, status: error.status, message: error.message } : error;
  }
  throw new Error('expected a failure');
}

/** The one suite every NewsStore runs: it must answer as the in-memory engine does, query for query. */
export function describeStoreContract(name: string, open: () => Promise<StoreUnderTest>) {
  // PGlite is slow to start and this machine is shared: generous time, still a few seconds' work.
  describe(`${name} store: the shared contract`, { timeout: 60_000 }, () => {
    let subject: StoreUnderTest;
    const store = () => subject.store;

    beforeAll(async () => {
      subject = await open();
      await store().upsertEntities(corpus.entities);
      const report = await store().upsertArticles(corpus.articles);
      expect(report.refused).toEqual([]);
      expect(report.written).toHaveLength(corpus.articles.length);
    }, 120_000);

    afterAll(async () => {
      await subject?.store.close();
      await subject?.cleanup?.();
    });

    it('pages every feed as the in-memory engine does, cursors included', async () => {
      for (const query of ARTICLE_QUERIES) {
        for (const limit of [7, 100]) {
          const expected = await allPages((q) => Promise.resolve(reference.listArticles(q)), query, limit);
          const actual = await allPages((q) => store().listArticles(q), query, limit);
          expect({ query, limit, pages: actual }).toEqual({ query, limit, pages: expected.map(withoutDropped) });
        }
      }
    });

    it('finds stories by accented, cased, partial and punctuated words, whatever spaces cut them', async () => {
      for (const [q, id] of SEARCH_HITS) {
        const { items } = await store().listArticles({ q, limit: 100 });
        expect({ q, found: items.some((item) => item.id === id) }).toEqual({ q, found: true });
      }
    });

    it('gives the default page and clamps limits the way the engine does', async () => {
      for (const query of [{}, { limit: 0 }, { limit: 1_000 }, { limit: 2.7 }]) {
        expect(plain(await store().listArticles(query))).toEqual(withoutDropped(plain(reference.listArticles(query))));
      }
    });

    it('ranks entities within every filter as the in-memory engine does', async () => {
      for (const query of ENTITY_QUERIES) {
        const expected = withoutDropped(plain(reference.listEntities(query)));
        expect({ query, list: plain(await store().listEntities(query)) }).toEqual({ query, list: expected });
      }
    });

    it('serves every story and every entity record whole', async () => {
      for (const article of corpus.articles) {
        expect(plain(await store().getArticle(article.id))).toEqual(plain(reference.getArticle(article.id)));
      }
      const { items } = reference.listEntities({ limit: 200 });
      for (const { id } of items) expect(plain(await store().getEntity(id))).toEqual(plain(reference.getEntity(id)));
      for (const id of ['tokyo', 'sweden', 'north-atlantic-treaty-organization', 'pal-jonson']) {
        expect(plain(await store().getEntity(id))).toEqual(plain(reference.getEntity(id)));
      }
    });

    it('answers unknown ids and bad cursors with the same errors', async () => {
      expect(await failure(store().getArticle('no-such-story'))).toEqual(
        await failure(Promise.resolve().then(() => reference.getArticle('no-such-story'))),
      );
      expect(await failure(store().getEntity('no-such-entity'))).toMatchObject({ kind: 'not-found', status: 404 });
      for (const cursor of ['not-a-cursor', 'WzEsMl0', btoa('["x","y"]')]) {
        const expected = await failure(Promise.resolve().then(() => reference.listArticles({ cursor })));
        expect(await failure(store().listArticles({ cursor }))).toEqual(expected);
      }
    });

    it('continues a cursor from a key that matches no story, as the engine does', async () => {
      const cursor = btoa(JSON.stringify([Date.parse('2026-06-01T12:00:00.5Z'), 'synthetic-1'])).replace(/=+$/, '');
      expect(plain(await store().listArticles({ cursor }))).toEqual(
        withoutDropped(plain(reference.listArticles({ cursor }))),
      );
    });

    it('says it is healthy and how many stories it holds', async () => {
      expect(await store().health()).toMatchObject({ ok: true, articleCount: corpus.articles.length });
    });

    describeWriteContract(store);

    it('reads back consistent after all those writes: derived columns, links and entity records', async () => {
      expect(await subject.verify?.()).toEqual(subject.verify ? [] : undefined);
      expect(await store().health()).toMatchObject({ ok: true, articleCount: corpus.articles.length });
    });
  });
}

function withoutDropped(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const { dropped: _dropped, ...rest } = value as Record<string, unknown>;
  return rest;
}
