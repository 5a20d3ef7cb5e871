import type { ClaimedSource } from '../../news/store/source-store';
import type { SqlDriver, SqlExecutor } from '../driver/driver';
import { iso } from './source-rows';

interface ClaimRow {
  id: string;
  name: string;
  url: string;
  site_url: string | null;
  interval_minutes: number;
  full_text: boolean;
  etag: string | null;
  last_modified: string | null;
  failures: number;
  items_seen: number;
  last_fetch_at: Date | string | null;
  last_success_at: Date | string | null;
  last_error: string | null;
  next_fetch_at: Date | string | null;
}

const RETURNING = `RETURNING id, name, url, site_url, interval_minutes, full_text, etag, last_modified, failures,
  items_seen, last_fetch_at, last_success_at, last_error, next_fetch_at`;

/** Fetchable: a feed, not removed, not paused, and not leased to anyone right now. */
const FREE = `url IS NOT NULL AND removed_at IS NULL AND NOT paused AND (claimed_until IS NULL OR claimed_until <= $1::timestamptz)`;

/**
 * Due sources, locked row by row with SKIP LOCKED so a second server's identical query passes over
 * them, then leased in the same transaction: after the commit the lease keeps them apart.
 */
export async function claimDueSources(
  driver: SqlDriver,
  owner: string,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<ClaimedSource[]> {
  const rows = await driver.transaction((tx) =>
    tx.query<ClaimRow>(
      `UPDATE sources SET claimed_by = $2::text, claimed_until = $3::timestamptz
       WHERE id IN (
         SELECT id FROM sources WHERE ${FREE} AND next_fetch_at <= $1::timestamptz
         ORDER BY next_fetch_at, id LIMIT $4::int FOR UPDATE SKIP LOCKED)
       ${RETURNING}`,
      [now, owner, new Date(now.getTime() + leaseMs), limit],
    ),
  );
  return rows.map((row) => toClaimed(row, now));
}

/** One source now (a refresh asked for it): claimed if free, 'busy' if leased or locked. */
export async function claimSource(
  driver: SqlDriver,
  id: string,
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<ClaimedSource | 'busy' | undefined> {
  return driver.transaction(async (tx: SqlExecutor) => {
    const [state] = await tx.query<{ free: boolean }>(
      `SELECT (claimed_until IS NULL OR claimed_until <= $1::timestamptz) AS free FROM sources
       WHERE id = $2::text AND url IS NOT NULL AND removed_at IS NULL FOR UPDATE SKIP LOCKED`,
      [now, id],
    );
    if (!state) {
      const [exists] = await tx.query(
        'SELECT 1 FROM sources WHERE id = $1 AND url IS NOT NULL AND removed_at IS NULL',
        [id],
      );
      return exists ? 'busy' : undefined;
    }
    if (!state.free) return 'busy';
    const [row] = await tx.query<ClaimRow>(
      `UPDATE sources SET claimed_by = $1::text, claimed_until = $2::timestamptz WHERE id = $3::text ${RETURNING}`,
      [owner, new Date(now.getTime() + leaseMs), id],
    );
    return row ? toClaimed(row, now) : undefined;
  });
}

function toClaimed(row: ClaimRow, now: Date): ClaimedSource {
  const date = (value: Date | string | null) => (value === null ? null : new Date(iso(value) ?? ''));
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    siteUrl: row.site_url,
    intervalMinutes: row.interval_minutes,
    fullText: row.full_text ? 'page' : 'feed',
    etag: row.etag,
    lastModified: row.last_modified,
    failures: row.failures,
    itemsSeen: row.items_seen,
    lastFetchAt: date(row.last_fetch_at),
    lastSuccessAt: date(row.last_success_at),
    lastError: row.last_error,
    nextFetchAt: date(row.next_fetch_at) ?? now,
  };
}
