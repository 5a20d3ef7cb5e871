import type { FullTextMode, SourcePatch, SourceRecord } from '../schema/source-record';

/** A feed to add: the server has found it (and named it) before the store sees it. */
export interface NewFeedSource {
  name: string;
  url: string;
  siteUrl?: string;
  intervalMinutes: number;
  fullText: FullTextMode;
}

/** What the fetcher needs of a claimed source, validators included (never served). */
export interface ClaimedSource {
  id: string;
  name: string;
  url: string;
  siteUrl: string | null;
  intervalMinutes: number;
  fullText: FullTextMode;
  etag: string | null;
  lastModified: string | null;
  failures: number;
  itemsSeen: number;
  lastFetchAt: Date | null;
  lastSuccessAt: Date | null;
  lastError: string | null;
  nextFetchAt: Date;
}

/** One fetch's result, written when the claim is released. */
export interface FetchRecord {
  failures: number;
  lastFetchAt: Date;
  lastSuccessAt: Date | null;
  lastError: string | null;
  itemsSeen: number;
  nextFetchAt: Date;
  /** Undefined keeps what is stored (a failed fetch teaches nothing about validators). */
  etag?: string | null;
  lastModified?: string | null;
}

export interface StoryMatch {
  key: string;
  articleId: string;
}

/** The sources side of the store; the SQL store implements it, with a lease so servers never fetch one source twice. */
export interface SourceStore {
  getSource(id: string): Promise<SourceRecord | undefined>;
  /** Adds each feed not already a source (a removed one comes back); returns the added and the existing. */
  addSources(sources: readonly NewFeedSource[]): Promise<{ added: SourceRecord[]; existing: SourceRecord[] }>;
  updateSource(id: string, patch: SourcePatch, now: Date): Promise<SourceRecord | undefined>;
  removeSource(id: string): Promise<boolean>;
  /** Every feed source, for the OPML export. */
  listFeedSources(): Promise<SourceRecord[]>;
  /**
   * Claims up to `limit` due sources for `owner` until `now + leaseMs`, in one transaction with
   * FOR UPDATE SKIP LOCKED: another server claiming at the same moment gets other sources.
   */
  claimDueSources(owner: string, now: Date, leaseMs: number, limit: number): Promise<ClaimedSource[]>;
  /** Claims one source now, due or not; 'busy' when another claim holds it. */
  claimSource(id: string, owner: string, now: Date, leaseMs: number): Promise<ClaimedSource | 'busy' | undefined>;
  /** Records a fetch and releases the claim, if `owner` still holds it. */
  recordFetch(id: string, owner: string, record: FetchRecord): Promise<void>;
  /** Stories already known by any of these keys (`id:`, `url:`, `band:` keys). */
  findStoryKeys(keys: readonly string[]): Promise<StoryMatch[]>;
  storyFingerprints(articleIds: readonly string[]): Promise<Map<string, number[]>>;
  rememberStories(
    entries: readonly { articleId: string; keys: readonly string[]; minhash?: readonly number[] }[],
  ): Promise<void>;
}
