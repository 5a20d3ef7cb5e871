import { FetchError, needsFullText, rawStoryToArticle, readFeed, withFullText, type RawStory } from '../../feeds/index';
import { recordOutcome, type FetchOutcome, type ScheduleState } from '../../feeds/schedule/fetch-outcome';
import type { Article } from '../../news/schema/article';
import type { NewsStore } from '../../news/store/news-store';
import { reportLines } from '../../news/store/report-lines';
import type { ClaimedSource, FetchRecord, SourceStore } from '../../news/store/source-store';
import { keysOf, placeStory, type StoryKeys } from './dedupe';
import type { FetchContext } from './fetch-context';

export interface IngestDeps {
  store: Pick<NewsStore, 'upsertArticles'> & SourceStore;
  context: FetchContext;
  now: () => number;
  random?: () => number;
  log?: (line: string) => void;
}

export interface IngestReport {
  notModified: boolean;
  found: number;
  written: number;
  /** Stories the store kept with fields repaired, each logged with its fields and reasons. */
  repaired: number;
  refused: number;
  record: FetchRecord;
}

/**
 * One fetch of one claimed source: conditional GET, parse, full text where the source or a
 * summary-only item asks, RawStory -> Article, dedup, one upsert, health recorded. A bad item is
 * logged and left out; a failed fetch is recorded as the source's error and never thrown.
 */
export async function ingestSource(source: ClaimedSource, deps: IngestDeps): Promise<IngestReport> {
  const log = deps.log ?? ((line: string) => console.warn(line));
  const counts = { notModified: false, found: 0, written: 0, repaired: 0, refused: 0 };
  let outcome: FetchOutcome;
  let validators: Pick<FetchRecord, 'etag' | 'lastModified'> = {};
  try {
    const read = await deps.context.hosts.run(source.url, () =>
      readFeed(source.url, { ...deps.context.fetch, etag: source.etag, lastModified: source.lastModified }),
    );
    validators = { etag: read.etag ?? null, lastModified: read.lastModified ?? null };
    if (read.status === 'not-modified') {
      counts.notModified = true;
      outcome = { ok: true, notModified: true, newItems: 0, refresh: read.refresh };
    } else {
      for (const problem of read.feed.problems) log(`${source.id}: left out ${JSON.stringify(problem)}`);
      counts.found = read.feed.stories.length;
      counts.refused = read.feed.problems.length;
      const stored = await storeStories(source, read.feed.stories, deps, counts, log);
      outcome = { ok: true, notModified: false, newItems: stored, refresh: read.refresh };
    }
  } catch (error) {
    const words = error instanceof FetchError ? error.message : `an unexpected error (${String(error)})`;
    if (!(error instanceof FetchError)) log(`${source.id}: fetch failed: ${String(error)}`);
    const retryAfter = error instanceof FetchError ? error.details.retryAfterSeconds : undefined;
    outcome = { ok: false, error: words, ...(retryAfter ? { retryAfterMs: retryAfter * 1000 } : {}) };
  }
  const state = recordOutcome(scheduleOf(source), outcome, { now: deps.now(), random: deps.random ?? Math.random });
  return { ...counts, record: { ...toRecord(state), ...(outcome.ok ? validators : {}) } };
}

/** Returns how many stories were new; each item fails alone. */
async function storeStories(
  source: ClaimedSource,
  stories: readonly RawStory[],
  deps: IngestDeps,
  counts: { written: number; repaired: number; refused: number },
  log: (line: string) => void,
): Promise<number> {
  const articles: Article[] = [];
  const remembered: { articleId: string; keys: string[]; minhash?: number[] }[] = [];
  let fresh = 0;
  for (const raw of stories) {
    try {
      const keys: StoryKeys = keysOf(raw);
      const place = await placeStory(deps.store, raw, keys);
      if (place === 'duplicate') continue;
      const story = needsFullText(raw, source.fullText) ? await fullText(raw, deps, log, source.id) : raw;
      articles.push(
        rawStoryToArticle(story, {
          id: source.id,
          name: source.name,
          ...(source.siteUrl ? { url: source.siteUrl } : {}),
        }),
      );
      remembered.push({ articleId: raw.id, ...keys });
      if (!place.known) fresh += 1;
    } catch (error) {
      counts.refused += 1;
      log(`${source.id}: left out item ${raw.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (articles.length === 0) return 0;
  const report = await deps.store.upsertArticles(articles);
  for (const line of reportLines(report)) log(`${source.id}: the store ${line}`);
  counts.repaired += report.repaired.length;
  counts.refused += report.refused.length;
  counts.written += report.written.length;
  const written = new Set(report.written);
  await deps.store.rememberStories(remembered.filter((entry) => written.has(entry.articleId)));
  return Math.min(fresh, report.written.length);
}

async function fullText(raw: RawStory, deps: IngestDeps, log: (line: string) => void, sourceId: string) {
  const url = raw.url ?? '';
  const result = await deps.context.hosts.run(url, () =>
    withFullText(raw, { robots: deps.context.robots, fetch: deps.context.fetch }),
  );
  if (!result.extracted) log(`${sourceId}: ${raw.id} keeps the feed's text: ${result.reason}`);
  return result.story;
}

function scheduleOf(source: ClaimedSource): ScheduleState {
  return {
    intervalMinutes: source.intervalMinutes,
    failures: source.failures,
    lastFetchAt: source.lastFetchAt,
    lastSuccessAt: source.lastSuccessAt,
    lastError: source.lastError,
    itemsSeen: source.itemsSeen,
    nextFetchAt: source.nextFetchAt,
  };
}

function toRecord(state: ScheduleState): FetchRecord {
  return {
    failures: state.failures,
    lastFetchAt: state.lastFetchAt ?? new Date(),
    lastSuccessAt: state.lastSuccessAt,
    lastError: state.lastError,
    itemsSeen: state.itemsSeen,
    nextFetchAt: state.nextFetchAt,
  };
}
