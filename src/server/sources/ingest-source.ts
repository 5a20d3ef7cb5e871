import { FetchError, fetchStoryPage, needsFullText, readFeed, type RawStory } from '../../feeds/index';
import { recordOutcome, type FetchOutcome, type ScheduleState } from '../../feeds/schedule/fetch-outcome';
import type { Article, Source } from '../../news/schema/article';
import type { NewsStore } from '../../news/store/news-store';
import { reportLines } from '../../news/store/report-lines';
import type { ClaimedSource, FetchRecord, SourceStore } from '../../news/store/source-store';
import type { BuildTask } from './build-story';
import { keysOf, placeStories, type StoryKeys } from './dedupe';
import type { FetchContext } from './fetch-context';
import { mapLimited } from './map-limited';
import { inlineStoryBuilder, type StoryBuilder } from './story-pool';
import { writeInTurns } from './write-in-turns';

/** Items of one source in flight at once (page fetched, or being built): bounds the pages held. */
const IN_FLIGHT = 16;

export interface IngestDeps {
  store: Pick<NewsStore, 'upsertArticles'> & SourceStore;
  context: FetchContext;
  /** Where pages are read and entities extracted (default: this thread). */
  builder?: StoryBuilder;
  now: () => number;
  random?: () => number;
  log?: (line: string) => void;
}

export interface IngestReport {
  notModified: boolean;
  found: number;
  /** Items whose stored version is the one the feed gave again: no page fetched, nothing written. */
  unchanged: number;
  written: number;
  /** Stories the store kept with fields repaired, each logged with its fields and reasons. */
  repaired: number;
  refused: number;
  record: FetchRecord;
}

/**
 * One fetch of one claimed source: conditional GET, parse, full text where the source or a
 * summary-only item asks, RawStory -> Article, dedup, upserts in turns, health recorded. A bad item is
 * logged and left out; a failed fetch is recorded as the source's error and never thrown.
 */
export async function ingestSource(source: ClaimedSource, deps: IngestDeps): Promise<IngestReport> {
  const log = deps.log ?? ((line: string) => console.warn(line));
  const counts = { notModified: false, found: 0, unchanged: 0, written: 0, repaired: 0, refused: 0 };
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

interface Counts {
  unchanged: number;
  written: number;
  repaired: number;
  refused: number;
}

/**
 * Returns how many stories were new; each item fails alone. The fetch's items are placed in one
 * lookup, unchanged ones skipped before any page or extraction, the rest built side by side
 * (pages one at a time per host, extraction on the builder) and written a few at a time (writeInTurns).
 */
async function storeStories(
  source: ClaimedSource,
  stories: readonly RawStory[],
  deps: IngestDeps,
  counts: Counts,
  log: (line: string) => void,
): Promise<number> {
  const filedUnder: Source = { id: source.id, name: source.name, ...(source.siteUrl ? { url: source.siteUrl } : {}) };
  const keyed: { raw: RawStory; keys: StoryKeys }[] = [];
  for (const raw of stories) {
    try {
      keyed.push({ raw, keys: keysOf(raw, filedUnder, source.fullText) });
    } catch (error) {
      refuse(counts, log, source.id, raw.id, error instanceof Error ? error.message : String(error));
    }
  }
  const places = await placeStories(
    deps.store,
    keyed.map((k) => k.raw),
    keyed.map((k) => k.keys),
  );
  const todo = keyed.flatMap((entry, i) => {
    const place = places[i]!;
    if (place === 'unchanged') counts.unchanged += 1;
    return place === 'duplicate' || place === 'unchanged' ? [] : [{ ...entry, known: place.known }];
  });
  const builder = deps.builder ?? inlineStoryBuilder;
  const built = await mapLimited(todo, IN_FLIGHT, async ({ raw }) => {
    const task: BuildTask = { story: raw, source: filedUnder };
    let whole = true;
    if (needsFullText(raw, source.fullText)) {
      const page = await deps.context.hosts.run(raw.url ?? '', () =>
        fetchStoryPage(raw, { robots: deps.context.robots, fetch: deps.context.fetch }),
      );
      if ('reason' in page) {
        log(`${source.id}: ${raw.id} keeps the feed's text: ${page.reason}`);
        whole = false;
      } else task.page = page;
    }
    return { result: await builder.build(task), whole };
  });
  const articles: Article[] = [];
  const remembered: { articleId: string; keys: string[]; minhash?: number[] }[] = [];
  let fresh = 0;
  built.forEach(({ result, whole }, i) => {
    const { raw, keys, known } = todo[i]!;
    if (!result.ok) return refuse(counts, log, source.id, raw.id, result.error);
    if (result.pageNote) log(`${source.id}: ${raw.id} keeps the feed's text: ${result.pageNote}`);
    articles.push(result.article);
    // A story that kept the feed's text for want of its page is tried again next time.
    const version = whole && !result.pageNote ? [keys.version] : [];
    remembered.push({
      articleId: raw.id,
      keys: [...keys.keys, ...version],
      ...(keys.minhash ? { minhash: keys.minhash } : {}),
    });
    if (!known) fresh += 1;
  });
  if (articles.length === 0) return 0;
  // Keys after their stories' own transaction: a crash between the two leaves keys to be remembered next time, never keys without a story.
  const report = await writeInTurns(deps.store, articles, remembered);
  for (const line of reportLines(report)) log(`${source.id}: the store ${line}`);
  counts.repaired += report.repaired.length;
  counts.refused += report.refused.length;
  counts.written += report.written.length;
  return Math.min(fresh, report.written.length);
}

function refuse(counts: Counts, log: (line: string) => void, sourceId: string, itemId: string, why: string): void {
  counts.refused += 1;
  log(`${sourceId}: left out item ${itemId}: ${why}`);
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
