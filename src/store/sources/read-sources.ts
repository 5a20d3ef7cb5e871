import { compareSources } from '../../news/engine/bundled-sources';
import type { SourceRecord } from '../../news/schema/source-record';
import type { SqlExecutor } from '../driver/driver';
import { SOURCE_COLUMNS, toSourceRecord, type SourceRow } from './source-rows';

/** Every source not removed, sorted by name in JavaScript so both engines order alike. */
export async function listSources(db: SqlExecutor): Promise<SourceRecord[]> {
  const rows = await db.query<SourceRow>(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE s.removed_at IS NULL`);
  return rows.map(toSourceRecord).sort(compareSources);
}

export async function readSourceRow(db: SqlExecutor, id: string): Promise<SourceRow | undefined> {
  const [row] = await db.query<SourceRow>(
    `SELECT ${SOURCE_COLUMNS} FROM sources s WHERE s.id = $1 AND s.removed_at IS NULL`,
    [id],
  );
  return row;
}
