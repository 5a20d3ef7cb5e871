// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type SqlNewsStore } from '../../../src/store';
import { buildStory } from '../../../src/server/sources/build-story';
import { createFetchContext } from '../../../src/server/sources/fetch-context';
import { createScheduler } from '../../../src/server/sources/scheduler';
import { createStoryPool, type StoryBuilder } from '../../../src/server/sources/story-pool';
import type { RawStory } from '../../../src/feeds/index';
import { startLoopbackWeb, type LoopbackWeb } from '../../feeds/loopback-web';

let web: LoopbackWeb;
let store: SqlNewsStore;
let pool: StoryBuilder;

beforeAll(async () => {
  web = await startLoopbackWeb();
  store = await openStore({ inMemory: true });
  pool = createStoryPool(2);
}, 60_000);
afterAll(async () => {
  await pool.close();
  await store.close();
  await web.close();
});

const story = (n: number): RawStory => ({
  id: `pool-${n}`,
  title: `Helena Strand opens the Larkmoor bridge, day ${n}`,
  publishedAt: '2026-11-30T12:00:00.000Z',
  summary: '',
  blocks: [
    {
      kind: 'paragraph',
      text: `Helena Strand opened the bridge in Larkmoor on day ${n}, with Jonas Berg of Nordbro Engineering beside her.`,
      links: [],
    },
  ],
  textFrom: 'feed-content',
  topics: ['Local'],
});
const source = { id: 'pool-test', name: 'Pool test' };

describe('the story pool', { timeout: 60_000 }, () => {
  it('builds on worker threads the Article this thread builds, for stories side by side', async () => {
    const stories = [1, 2, 3, 4, 5].map(story);
    const built = await Promise.all(stories.map((s) => pool.build({ story: s, source })));
    expect(built).toEqual(stories.map((s) => buildStory({ story: s, source })));
    const first = built[0];
    expect(first?.ok && first.article.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Helena Strand', 'Larkmoor']),
    );
  });

  it('answers a story that breaks the contract with the reason, and goes on building', async () => {
    const broken = { ...story(6), title: '' };
    const [bad, good] = await Promise.all([
      pool.build({ story: broken, source }),
      pool.build({ story: story(7), source }),
    ]);
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/title/) });
    expect(good).toMatchObject({ ok: true, article: { id: 'pool-7' } });
  });

  it('feeds the scheduler; an unchanged feed is skipped before any page is fetched again', async () => {
    const context = createFetchContext({ allowPrivateNetwork: true, politeDelayMs: 0 });
    const scheduler = createScheduler({ store, context, builder: pool, log: () => undefined });
    const { added } = await store.addSources([
      { name: 'Larkmoor', url: web.url('/news/rss.xml'), intervalMinutes: 30, fullText: 'page' as const },
    ]);
    const id = added[0]!.id;
    const pages = () => web.requests.filter((path) => path.startsWith('/news/stories/')).length;

    const first = await scheduler.refresh(id);
    expect(first).toMatchObject({ found: web.stories.length, written: web.stories.length, unchanged: 0 });
    expect(pages()).toBe(web.stories.length);
    const stored = await store.getArticle((await store.listArticles({ limit: 1 })).items[0]!.id);
    expect(stored.entities.length).toBeGreaterThan(0);

    const again = await scheduler.refresh(id);
    expect(again).toMatchObject({ found: web.stories.length, written: 0, unchanged: web.stories.length });
    expect(pages()).toBe(web.stories.length);
    await scheduler.stop();
  });
});
