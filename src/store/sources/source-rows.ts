import type { SourceRecord, SourceStatus } from '../../news/schema/source-record';

/** A sources row as read: timestamps come back as Date (pg) or Date (PGlite), counts as numbers. */
export interface SourceRow {
  id: string;
  name: string;
  url: string | null;
  site_url: string | null;
  interval_minutes: number;
  full_text: boolean;
  paused: boolean;
  failures: number;
  last_fetch_at: Date | string | null;
  last_success_at: Date | string | null;
  last_error: string | null;
  items_seen: number;
  next_fetch_at: Date | string | null;
  etag: string | null;
  last_modified: string | null;
  /** Stories stored under this source; what a bundled source has seen. */
  story_count: number;
}

export const SOURCE_COLUMNS = `s.id, s.name, s.url, s.site_url, s.interval_minutes, s.full_text, s.paused, s.failures,
  s.last_fetch_at, s.last_success_at, s.last_error, s.items_seen, s.next_fetch_at, s.etag, s.last_modified,
  (SELECT count(*)::int FROM articles a WHERE a.source_id = s.id) AS story_count`;

/** The public record: no validators, the status derived from what the row says. */
export function toSourceRecord(row: SourceRow): SourceRecord {
  const bundled = row.url === null;
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    ...(row.site_url ? { siteUrl: row.site_url } : {}),
    intervalMinutes: row.interval_minutes,
    fullText: row.full_text ? 'page' : 'feed',
    status: statusOf(row),
    health: {
      lastFetchAt: iso(row.last_fetch_at),
      lastSuccessAt: iso(row.last_success_at),
      lastError: row.last_error,
      itemsSeen: bundled ? row.story_count : row.items_seen,
      nextFetchAt: bundled || row.paused ? null : iso(row.next_fetch_at),
    },
  };
}

function statusOf(row: SourceRow): SourceStatus {
  if (row.url === null) return 'bundled';
  if (row.paused) return 'paused';
  return row.failures > 0 ? 'failing' : 'active';
}

export function iso(value: Date | string | null): string | null {
  if (value === null) return null;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
