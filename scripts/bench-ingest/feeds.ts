import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServerApp } from '../../src/server/app';
import { listen } from '../../src/server/listen';
import { createFetchContext } from '../../src/server/sources/fetch-context';
import { createScheduler } from '../../src/server/sources/scheduler';
import { createStoryPool, inlineStoryBuilder, type StoryBuilder } from '../../src/server/sources/story-pool';
import { seedFromCorpusDir } from '../../src/store/index';
import { startLoopbackWeb, type LoopbackWeb } from '../../tests/feeds/loopback-web';
import { freshPglite, freshPostgres } from '../bench-server/engines';

export interface FeedBenchOptions {
  /** Sites, each on its own loopback address (127.0.0.2, .3, ...): each is its own host to the fetcher. */
  hosts: number;
  storiesPerHost: number;
  /** The server's port for the API figures. */
  port: number;
  corpusDir: string;
  /** How long the idle API is sampled. */
  idleMs: number;
  /** Build stories on this thread instead of the server's worker pool (to compare the two). */
  inline?: boolean;
  /** Workers of the story pool (default: as npm start has them). */
  poolSize?: number;
  /** A PostgreSQL server to store into (a schema of its own, dropped after); else a fresh PGlite. */
  databaseUrl?: string;
}

/** A story page on the loopback web (the feeds, robots.txt and the home page are not). */
export const isStoryPage = (path: string) => /^\/(?:news|bulk)\/stories\//.test(path);

export interface FeedRun {
  fullText: boolean;
  stories: number;
  written: number;
  ms: number;
  perSecond: number;
  requests: number;
  /** Of those, story pages: every story with full text on, none with it off. */
  pages: number;
  /** API latency samples, idle and while the sources were being ingested. */
  api: { idle: ApiSamples; ingesting: ApiSamples };
}

export interface ApiSamples {
  feed: number[];
  search: number[];
}

/**
 * One end-to-end run as the server does it: a fresh embedded store (seeded as npm start seeds it),
 * one source per site, every source refreshed at once through the scheduler (fetch, full text,
 * extraction, entities, dedup, upsert), while a client keeps asking the API for the feed's first
 * page and for a search.
 */
export async function measureFeedIngest(fullText: boolean, options: FeedBenchOptions): Promise<FeedRun> {
  const emptyDir = mkdtempSync(join(tmpdir(), 'lede-bench-feeds-'));
  const webs: LoopbackWeb[] = [];
  const pools: StoryBuilder[] = [];
  const bench = options.databaseUrl
    ? await freshPostgres(options.databaseUrl, `feeds_${fullText ? 'page' : 'feed'}`)
    : await freshPglite();
  const { store } = bench;
  try {
    await seedFromCorpusDir(store, options.corpusDir);
    for (let site = 0; site < options.hosts; site += 1) {
      webs.push(
        await startLoopbackWeb({
          bulk: options.storiesPerHost,
          bulkFirst: site * options.storiesPerHost,
          host: `127.0.0.${site + 2}`,
        }),
      );
    }
    // No polite delay: these are our own sites on loopback; per-host turns still hold.
    const context = createFetchContext({ allowPrivateNetwork: true, politeDelayMs: 0 });
    // As npm start runs it: pages read and entities extracted on a worker pool.
    const builder = options.inline ? inlineStoryBuilder : createStoryPool(options.poolSize);
    pools.push(builder);
    const scheduler = createScheduler({ store, context, builder, log: () => undefined });
    const { added } = await store.addSources(
      webs.map((web, site) => ({
        name: `Bench site ${site + 1}`,
        url: web.url(fullText ? '/bulk/rss.xml' : '/bulk/rss-full.xml'),
        siteUrl: web.url('/'),
        intervalMinutes: 30,
        fullText: fullText ? ('page' as const) : ('feed' as const),
      })),
    );
    const app = createServerApp({
      store,
      distDir: emptyDir, // no reader: only the API is measured
      adminToken: undefined,
      corsOrigins: '*',
      rateLimitPerMinute: 10_000_000,
    });
    const server = await listen(app.fetch, '127.0.0.1', options.port);
    try {
      const base = server.url.replace(/\/$/, '');
      await sampleApi(base, () => true); // one pass warms the routes and the store's caches
      const idleUntil = performance.now() + options.idleMs;
      const idle = await sampleApi(base, () => performance.now() >= idleUntil);

      let done = false;
      const started = performance.now();
      const ingest = Promise.all(added.map((source) => scheduler.refresh(source.id))).finally(() => {
        done = true;
      });
      const [reports, ingesting] = await Promise.all([ingest, sampleApi(base, () => done)]);
      const ms = performance.now() - started;
      const written = reports.reduce((sum, r) => sum + (typeof r === 'object' ? r.written : 0), 0);
      const stories = options.hosts * options.storiesPerHost;
      return {
        fullText,
        stories,
        written,
        ms,
        perSecond: written / (ms / 1000),
        requests: webs.reduce((sum, web) => sum + web.requests.length, 0),
        pages: webs.reduce((sum, web) => sum + web.requests.filter(isStoryPage).length, 0),
        api: { idle, ingesting },
      };
    } finally {
      await server.close();
    }
  } finally {
    await Promise.all([...webs.map((web) => web.close()), ...pools.map((pool) => pool.close())]);
    await bench.dispose();
    rmSync(emptyDir, { recursive: true, force: true });
  }
}

/** One client, one request at a time: the feed's first page, then a search, until `stop` says so. */
async function sampleApi(base: string, stop: () => boolean): Promise<ApiSamples> {
  const samples: ApiSamples = { feed: [], search: [] };
  do {
    samples.feed.push(await timed(`${base}/api/articles?limit=20`));
    samples.search.push(await timed(`${base}/api/articles?q=plan&limit=20`));
  } while (!stop());
  return samples;
}

async function timed(url: string): Promise<number> {
  const t0 = performance.now();
  // A kept-alive connection the server closed as it was reused: the request is simply made again.
  const response = await fetch(url).catch(() => fetch(url));
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - t0;
}
