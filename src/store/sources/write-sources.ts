import { slugify } from '../../ingest/slug';
import { RESERVED_SOURCE_IDS, type SourcePatch, type SourceRecord } from '../../news/schema/source-record';
import type { FetchRecord, NewFeedSource } from '../../news/store/source-store';
import type { SqlExecutor } from '../driver/driver';
import { readSourceRow } from './read-sources';
import { toSourceRecord } from './source-rows';

/** Adds feeds by URL; a removed source with the same URL comes back under its old id. Caller holds the transaction. */
export async function addSources(
  tx: SqlExecutor,
  sources: readonly NewFeedSource[],
): Promise<{ added: SourceRecord[]; existing: SourceRecord[] }> {
  const added: SourceRecord[] = [];
  const existing: SourceRecord[] = [];
  for (const source of sources) {
    const [known] = await tx.query<{ id: string; removed: boolean }>(
      'SELECT id, removed_at IS NOT NULL AS removed FROM sources WHERE url = $1',
      [source.url],
    );
    if (known && !known.removed) {
      const row = await readSourceRow(tx, known.id);
      if (row) existing.push(toSourceRecord(row));
      continue;
    }
    const id = known?.id ?? (await freeId(tx, source.name));
    await tx.query(
      `INSERT INTO sources (id, name, url, site_url, interval_minutes, full_text, next_fetch_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, site_url = excluded.site_url,
         interval_minutes = excluded.interval_minutes, full_text = excluded.full_text, removed_at = NULL,
         paused = false, failures = 0, last_error = NULL, next_fetch_at = now()`,
      [id, source.name, source.url, source.siteUrl ?? null, source.intervalMinutes, source.fullText === 'page'],
    );
    const row = await readSourceRow(tx, id);
    if (row) added.push(toSourceRecord(row));
  }
  return { added, existing };
}

/** "harbour-gazette", or "harbour-gazette-2" when taken (by any source, removed ones included). */
async function freeId(tx: SqlExecutor, name: string): Promise<string> {
  const base = slugify(name).slice(0, 100) || 'source';
  const taken = new Set(
    (await tx.query<{ id: string }>('SELECT id FROM sources WHERE id = $1 OR id LIKE $2', [base, `${base}-%`])).map(
      (row) => row.id,
    ),
  );
  for (let n = 1; ; n += 1) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(id) && !RESERVED_SOURCE_IDS.has(id)) return id;
  }
}

export async function updateSource(
  tx: SqlExecutor,
  id: string,
  patch: SourcePatch,
  now: Date,
): Promise<SourceRecord | undefined> {
  const updated = await tx.query(
    `UPDATE sources SET name = coalesce($2::text, name), interval_minutes = coalesce($3::int, interval_minutes),
       full_text = coalesce($4::boolean, full_text), paused = coalesce($5::boolean, paused),
       next_fetch_at = CASE WHEN $5::boolean = false AND paused THEN $6::timestamptz ELSE next_fetch_at END
     WHERE id = $1::text AND url IS NOT NULL AND removed_at IS NULL RETURNING id`,
    [
      id,
      patch.name ?? null,
      patch.intervalMinutes ?? null,
      patch.fullText === undefined ? null : patch.fullText === 'page',
      patch.paused ?? null,
      now,
    ],
  );
  if (updated.length === 0) return undefined;
  const row = await readSourceRow(tx, id);
  return row ? toSourceRecord(row) : undefined;
}

/** The row stays, marked removed: its stories keep their source and stay readable. */
export async function removeSource(tx: SqlExecutor, id: string): Promise<boolean> {
  const rows = await tx.query(
    'UPDATE sources SET removed_at = now(), claimed_until = NULL WHERE id = $1 AND url IS NOT NULL AND removed_at IS NULL RETURNING id',
    [id],
  );
  return rows.length > 0;
}

export async function recordFetch(tx: SqlExecutor, id: string, owner: string, record: FetchRecord): Promise<void> {
  await tx.query(
    `UPDATE sources SET failures = $3::int, last_fetch_at = $4::timestamptz, last_success_at = $5::timestamptz,
       last_error = $6::text, items_seen = $7::int, next_fetch_at = $8::timestamptz,
       etag = CASE WHEN $9::boolean THEN $10::text ELSE etag END,
       last_modified = CASE WHEN $9::boolean THEN $11::text ELSE last_modified END, claimed_until = NULL, claimed_by = NULL
     WHERE id = $1::text AND claimed_by = $2::text`,
    [
      id,
      owner,
      record.failures,
      record.lastFetchAt,
      record.lastSuccessAt,
      record.lastError,
      record.itemsSeen,
      record.nextFetchAt,
      record.etag !== undefined || record.lastModified !== undefined,
      record.etag ?? null,
      record.lastModified ?? null,
    ],
  );
}
