// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/news/schema/article';
import { openStore, type SqlNewsStore } from '../../../src/store';
import { createFetchContext } from '../../../src/server/sources/fetch-context';
import { createScheduler } from '../../../src/server/sources/scheduler';
import { STORIES_PER_WRITE } from '../../../src/server/sources/write-in-turns';
import { startLoopbackWeb, type LoopbackWeb } from '../../feeds/loopback-web';

const BULK = 25; // three turns: 10, 10 and 5

let web: LoopbackWeb;
let store: SqlNewsStore;
beforeAll(async () => {
  web = await startLoopbackWeb({ bulk: BULK });
  store = await openStore({ inMemory: true });
}, 60_000);
afterAll(async () => {
  await store.close();
  await web.close();
});

/** The store as the scheduler sees it, with every write call logged and the nth upsert failing if asked. */
function watchedStore(failUpsert?: number) {
  const calls: string[] = [];
  let upserts = 0;
  const watched: SqlNewsStore = {
    ...store,
    async upsertArticles(articles: readonly Article[]) {
      upserts += 1;
      if (upserts === failUpsert) throw new Error('the process died here');
      calls.push(`upsert ${articles.map((a) => a.id).join(',')}`);
      return store.upsertArticles(articles);
    },
    async rememberStories(entries) {
      calls.push(`remember ${entries.map((e) => e.articleId).join(',')}`);
      return store.rememberStories(entries);
    },
  };
  return { watched, calls };
}

describe('a source written in turns', { timeout: 60_000 }, () => {
  it('stores a crash mid-batch as whole stories with their keys before it, and nothing after', async () => {
    const [source] = (
      await store.addSources([
        {
          name: 'Bulk',
          url: web.url('/bulk/rss-full.xml'),
          siteUrl: web.url('/'),
          intervalMinutes: 30,
          fullText: 'feed',
        },
      ])
    ).added;
    const context = createFetchContext({ allowPrivateNetwork: true, politeDelayMs: 0 });

    const crashing = watchedStore(2);
    const first = await createScheduler({ store: crashing.watched, context, log: () => undefined }).refresh(source!.id);
    expect(first).toMatchObject({
      written: 0,
      record: { lastError: expect.stringContaining('the process died here') },
    });
    // Each upsert's keys follow it, for exactly its stories; the failed turn remembers nothing.
    expect(crashing.calls).toHaveLength(2);
    const firstTurn = crashing.calls[0]!.replace('upsert ', '').split(',');
    expect(firstTurn).toHaveLength(STORIES_PER_WRITE);
    expect(crashing.calls[1]).toBe(`remember ${firstTurn.join(',')}`);

    const stored = await store.listArticles({ source: source!.id, limit: 50 });
    expect(stored.items.map((item) => item.id).sort()).toEqual([...firstTurn].sort());
    for (const id of firstTurn) {
      const story = await store.getArticle(id);
      expect(story.body.length).toBeGreaterThan(0);
      expect(story.entities.length).toBeGreaterThan(0);
    }

    // The next fetch skips the remembered turn and writes the rest, in turns of at most STORIES_PER_WRITE.
    const working = watchedStore();
    const second = await createScheduler({ store: working.watched, context, log: () => undefined }).refresh(source!.id);
    expect(second).toMatchObject({ unchanged: STORIES_PER_WRITE, written: BULK - STORIES_PER_WRITE });
    const turns = working.calls.filter((call) => call.startsWith('upsert ')).map((call) => call.split(',').length);
    expect(turns).toEqual([10, 5]);
    expect(working.calls.map((call) => call.split(' ')[0])).toEqual(['upsert', 'remember', 'upsert', 'remember']);
    expect((await store.listArticles({ source: source!.id, limit: 50 })).items).toHaveLength(BULK);
  });
});
