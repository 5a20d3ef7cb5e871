import type { SqlDriver } from './driver/driver';
import { openPgliteDriver } from './driver/pglite-driver';
import { openPostgresDriver } from './driver/postgres-driver';
import { loadMigrations, migrate } from './migrate';
import { createSqlStore, type SqlNewsStore } from './sql-store';
import { vacuumAnalyze } from './stats-keeper';

export interface OpenStoreOptions {
  /** PGlite's data directory (created if missing); one process owns it. */
  dataDir?: string;
  /** A PostgreSQL server; wins over dataDir when both are given. */
  databaseUrl?: string;
  /** PostgreSQL only: keep Lede's tables in this schema (created if missing). */
  schema?: string;
  /** PGlite with nothing on disk: for tests. */
  inMemory?: boolean;
}

/** Opens the engine the options name and brings its schema up to date before anything reads it. */
export async function openStore(options: OpenStoreOptions): Promise<SqlNewsStore> {
  const driver = await openDriver(options);
  try {
    const { version, applied } = await migrate(driver, loadMigrations());
    if (applied.length > 0) await vacuumAnalyze(driver).catch(warnUpkeep);
    return createSqlStore(driver, version);
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/** The schema is current either way; slow plans until the next upkeep are no reason not to start. */
function warnUpkeep(error: unknown) {
  console.warn(`Lede store: VACUUM (ANALYZE) after migrating failed, plans may be slow: ${String(error)}`);
}

function openDriver({ dataDir, databaseUrl, schema, inMemory }: OpenStoreOptions): Promise<SqlDriver> {
  if (databaseUrl) return openPostgresDriver({ databaseUrl, ...(schema ? { schema } : {}) });
  if (inMemory) return openPgliteDriver();
  if (dataDir) return openPgliteDriver(dataDir);
  throw new Error('openStore needs a databaseUrl, a dataDir or inMemory: true');
}
