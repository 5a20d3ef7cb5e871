// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type SqlNewsStore } from '../../src/store';
import { makeArticle } from '../fixtures/articles';
import { postgresTarget } from './postgres-target';

const NOW = new Date('2026-12-01T12:00:00Z');
const feed = (name: string, url: string) => ({ name, url, intervalMinutes: 30, fullText: 'feed' as const });

function sourceSuite(engine: string, open: () => Promise<{ store: SqlNewsStore; cleanup: () => Promise<void> }>) {
  describe(`${engine}: the store's sources`, { timeout: 60_000 }, () => {
    let store: SqlNewsStore;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ store, cleanup } = await open());
    }, 60_000);
    afterAll(async () => {
      await store.close();
      await cleanup();
    });

    it('adds feeds once by URL, with ids from their names, due at once', async () => {
      const { added, existing } = await store.addSources([
        feed('Harbour Gazette', 'https://h.example/rss'),
        feed('Harbour Gazette', 'https://other.example/rss'),
      ]);
      expect(added.map((s) => s.id)).toEqual(['harbour-gazette', 'harbour-gazette-2']);
      expect(existing).toEqual([]);
      expect(added[0]).toMatchObject({ url: 'https://h.example/rss', status: 'active', fullText: 'feed' });
      const again = await store.addSources([feed('Renamed', 'https://h.example/rss')]);
      expect(again.added).toEqual([]);
      expect(again.existing.map((s) => s.id)).toEqual(['harbour-gazette']);
    });

    it('claims due sources once: a second claim finds nothing until the fetch is recorded', async () => {
      const later = new Date(Date.now() + 60_000);
      const first = await store.claimDueSources('server-a', later, 300_000, 10);
      expect(first.map((s) => s.id).sort()).toEqual(['harbour-gazette', 'harbour-gazette-2']);
      expect(await store.claimDueSources('server-b', later, 300_000, 10)).toEqual([]);
      expect(await store.claimSource('harbour-gazette', 'server-b', later, 300_000)).toBe('busy');

      await store.recordFetch('harbour-gazette', 'server-a', {
        failures: 1,
        lastFetchAt: later,
        lastSuccessAt: null,
        lastError: 'the server answered 404',
        itemsSeen: 0,
        nextFetchAt: new Date(later.getTime() + 3_600_000),
        etag: '"v1"',
      });
      const source = await store.getSource('harbour-gazette');
      expect(source).toMatchObject({ status: 'failing', health: { lastError: 'the server answered 404' } });
      const claimed = await store.claimSource('harbour-gazette', 'server-b', later, 300_000);
      expect(claimed).toMatchObject({ id: 'harbour-gazette', etag: '"v1"', failures: 1 });
    });

    it('pauses, resumes and removes a source; its stories stay', async () => {
      await store.upsertArticles([makeArticle({ id: 'from-quay', source: { id: 'quay-post', name: 'Quay Post' } })]);
      const [quay] = (await store.addSources([feed('Quay Post', 'https://quay.example/feed')])).added;
      // The stories' own source row was there first; the feed gets an id of its own.
      expect(quay?.id).toBe('quay-post-2');
      expect(await store.updateSource(quay!.id, { paused: true }, NOW)).toMatchObject({ status: 'paused' });
      expect(
        (await store.updateSource(quay!.id, { paused: false, intervalMinutes: 60 }, NOW))?.health.nextFetchAt,
      ).toBe(NOW.toISOString());
      expect(await store.removeSource(quay!.id)).toBe(true);
      expect(await store.removeSource(quay!.id)).toBe(false);
      expect((await store.listSources()).map((s) => s.id)).not.toContain(quay!.id);
      expect((await store.getArticle('from-quay')).id).toBe('from-quay');
      const back = await store.addSources([feed('Quay Post', 'https://quay.example/feed')]);
      expect(back.added.map((s) => s.id)).toEqual([quay!.id]);
    });

    it('remembers the keys a story is known by; the first story keeps a key', async () => {
      await store.rememberStories([
        { articleId: 'first', keys: ['url:https://h.example/a', 'band:0:1,2'], minhash: [1, 2, 3] },
      ]);
      await store.rememberStories([{ articleId: 'second', keys: ['url:https://h.example/a', 'band:1:3,4'] }]);
      const matches = await store.findStoryKeys(['url:https://h.example/a', 'band:1:3,4', 'band:9:x']);
      expect(matches.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
        { key: 'band:1:3,4', articleId: 'second' },
        { key: 'url:https://h.example/a', articleId: 'first' },
      ]);
      expect(await store.storyFingerprints(['first', 'second'])).toEqual(new Map([['first', [1, 2, 3]]]));
    });
  });
}

sourceSuite('PGlite', async () => ({ store: await openStore({ inMemory: true }), cleanup: () => Promise.resolve() }));

const target = postgresTarget();
if (target) {
  sourceSuite('PostgreSQL', async () => {
    const { databaseUrl, schema, dropSchema } = await target.freshSchema('sources');
    return { store: await openStore({ databaseUrl, schema }), cleanup: dropSchema };
  });

  describe('PostgreSQL: two servers on one database', { timeout: 60_000 }, () => {
    it('never claim the same source, however they race', async () => {
      const { databaseUrl, schema, dropSchema } = await target.freshSchema('claims');
      const a = await openStore({ databaseUrl, schema });
      const b = await openStore({ databaseUrl, schema });
      try {
        await a.addSources(Array.from({ length: 40 }, (_, i) => feed(`Feed ${i}`, `https://f${i}.example/rss`)));
        const at = new Date(Date.now() + 60_000);
        const claimed: string[][] = [[], []];
        // Both claim in small batches at the same moments, as two schedulers polling would.
        for (let round = 0; round < 8; round += 1) {
          const [fromA, fromB] = await Promise.all([
            a.claimDueSources('server-a', at, 300_000, 4),
            b.claimDueSources('server-b', at, 300_000, 4),
          ]);
          claimed[0]!.push(...fromA.map((s) => s.id));
          claimed[1]!.push(...fromB.map((s) => s.id));
        }
        const all = [...claimed[0]!, ...claimed[1]!];
        expect(new Set(all).size).toBe(all.length);
        expect(all).toHaveLength(40);
        expect(claimed[0]!.length).toBeGreaterThan(0);
        expect(claimed[1]!.length).toBeGreaterThan(0);
      } finally {
        await a.close();
        await b.close();
        await dropSchema();
      }
    });
  });
} else {
  describe('PostgreSQL sources', () => {
    it.skip('run only with DATABASE_URL set; .ci/run sets it', () => {});
  });
}
