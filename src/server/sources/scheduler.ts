import { randomUUID } from 'node:crypto';
import type { NewsStore } from '../../news/store/news-store';
import type { ClaimedSource, SourceStore } from '../../news/store/source-store';
import type { FetchContext } from './fetch-context';
import { ingestSource, type IngestReport } from './ingest-source';
import type { StoryBuilder } from './story-pool';

export interface SchedulerOptions {
  store: Pick<NewsStore, 'upsertArticles'> & SourceStore;
  context: FetchContext;
  /** Where pages are read and entities extracted: the server passes a worker pool (default: this thread). */
  builder?: StoryBuilder;
  /** How often to look for due sources. */
  tickMs?: number;
  /** Sources claimed per look; per-host turns keep each host to one request at a time. */
  batch?: number;
  /** How long a claim holds: longer than any fetch, so a crashed server's claims lapse. */
  leaseMs?: number;
  now?: () => number;
  log?: (line: string) => void;
}

export interface Scheduler {
  readonly owner: string;
  start(): void;
  /** Stops looking and waits for the fetches in flight to be recorded. */
  stop(): Promise<void>;
  /** Fetch one source now (POST /sources/{id}/refresh): joins this server's fetch of it if one runs; 'busy' when another server holds it. */
  refresh(id: string): Promise<IngestReport | 'busy' | undefined>;
}

/**
 * Polls the store for due sources and ingests them. Due times, failures and claims live in the
 * store, so a restart picks up where it left off and servers sharing a database split the work.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { store, context } = options;
  const owner = `lede-${randomUUID()}`;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.warn(line));
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const inFlight = new Set<Promise<unknown>>();
  // This server's own fetches by source: a refresh asked for while one runs waits for it instead of failing.
  const fetching = new Map<string, Promise<IngestReport>>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let ticking = false;

  function run(source: ClaimedSource): Promise<IngestReport> {
    const work = (async () => {
      const builder = options.builder;
      const report = await ingestSource(source, { store, context, now, log, ...(builder ? { builder } : {}) });
      await store.recordFetch(source.id, owner, report.record);
      if (report.record.lastError) log(`${source.id}: ${report.record.lastError}`);
      return report;
    })();
    fetching.set(source.id, work);
    void work.finally(() => fetching.delete(source.id)).catch(() => undefined);
    return work;
  }

  function track<T>(work: Promise<T>): Promise<T> {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work)).catch(() => undefined);
    return work;
  }

  async function tick(): Promise<void> {
    if (ticking || !running) return;
    ticking = true;
    try {
      const due = await store.claimDueSources(owner, new Date(now()), leaseMs, options.batch ?? 8);
      // One bad source never stops the others: each settles on its own.
      await Promise.allSettled(
        due.map((source) => track(run(source)).catch((error: unknown) => log(`${source.id}: ${String(error)}`))),
      );
    } catch (error) {
      log(`The scheduler could not claim sources: ${String(error)}`);
    } finally {
      ticking = false;
      if (running) timer = setTimeout(() => void tick(), options.tickMs ?? 5000);
    }
  }

  return {
    owner,
    start() {
      if (running) return;
      running = true;
      void tick();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      await Promise.allSettled([...inFlight]);
    },
    async refresh(id) {
      const ours = fetching.get(id);
      if (ours) return ours;
      const claimed = await store.claimSource(id, owner, new Date(now()), leaseMs);
      if (claimed === undefined || claimed === 'busy') return claimed;
      return track(run(claimed));
    },
  };
}
