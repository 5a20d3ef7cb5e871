import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { NewsError } from '../news/errors';
import type { SqlDriver, SqlExecutor } from './driver/driver';
import { SCHEMA_LOCK } from './locks';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export interface MigrationResult {
  /** The schema version the database is at now. */
  version: number;
  /** Versions this run applied; empty when the database was already current. */
  applied: number[];
}

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
const FILE_NAME = /^(\d{3})-([a-z0-9-]+)\.sql$/;

/** src/store/migrations/NNN-name.sql, in version order; a gap or a duplicate is a packaging mistake. */
export function loadMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: FILE_NAME.exec(file) }))
    .filter((entry) => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match?.[1]),
      name: match?.[2] ?? file,
      sql: readFileSync(new URL(file, dir), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Lede migrations must be numbered 001, 002, ... without gaps; found ${migration.version}`);
    }
  });
  return migrations;
}

export function checksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

/**
 * Brings the schema up to date in one transaction under an advisory lock: a second server waits,
 * then finds nothing to do. A database newer than the code, or an applied migration whose file
 * has since changed, is refused rather than guessed at.
 */
export async function migrate(driver: SqlDriver, migrations: readonly Migration[]): Promise<MigrationResult> {
  return driver.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = await tx.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
    checkApplied(applied, migrations);
    const pending = migrations.filter((migration) => !applied.some((row) => row.version === migration.version));
    for (const migration of pending) await apply(tx, migration);
    return { version: migrations.at(-1)?.version ?? 0, applied: pending.map((migration) => migration.version) };
  });
}

function checkApplied(
  applied: readonly { version: number; name: string; checksum: string }[],
  known: readonly Migration[],
) {
  const newest = known.at(-1)?.version ?? 0;
  const databaseVersion = applied.at(-1)?.version ?? 0;
  if (databaseVersion > newest) {
    throw refusal(
      `the database is at schema version ${databaseVersion}, newer than this Lede, which knows versions up to ${newest}. ` +
        'A newer Lede wrote to it: run that version, or point this one at another database.',
    );
  }
  for (const row of applied) {
    const migration = known.find((item) => item.version === row.version);
    if (!migration || checksum(migration.sql) !== row.checksum) {
      throw refusal(
        `migration ${String(row.version).padStart(3, '0')}-${row.name} was changed after it was applied to this database. ` +
          'Applied migrations are never edited: restore the file and add a new migration instead.',
      );
    }
  }
}

async function apply(tx: SqlExecutor, migration: Migration): Promise<void> {
  await tx.exec(migration.sql);
  await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
    migration.version,
    migration.name,
    checksum(migration.sql),
  ]);
}

function refusal(message: string): NewsError {
  return new NewsError('config', `Lede cannot open this store: ${message}`, { status: 503 });
}
