import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SqlDriver, SqlExecutor } from './driver';

interface PgliteLike {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  exec(sql: string): Promise<unknown>;
}

/**
 * PostgreSQL in WebAssembly: in memory, or in a data directory that one process owns.
 * pg_trgm is not on disk in PGlite, so it is loaded here before `CREATE EXTENSION` can find it.
 */
export async function openPgliteDriver(dataDir?: string): Promise<SqlDriver> {
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
  return {
    engine: 'pglite',
    ...executor(db),
    transaction: (work) => db.transaction((tx) => work(executor(tx))),
    close: () => db.close(),
  };
}

function executor(db: PgliteLike): SqlExecutor {
  return {
    query: async <Row>(sql: string, params: readonly unknown[] = []) => (await db.query<Row>(sql, [...params])).rows,
    exec: async (sql) => {
      await db.exec(sql);
    },
  };
}
