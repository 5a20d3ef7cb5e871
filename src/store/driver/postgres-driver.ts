import pg from 'pg';
import { SCHEMA_LOCK } from '../locks';
import type { SqlDriver, SqlExecutor } from './driver';

export interface PostgresDriverOptions {
  databaseUrl: string;
  /** A schema of its own (created if missing): lets tests and several instances share one database. */
  schema?: string;
  maxConnections?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A PostgreSQL server through a pool of `pg` connections. */
export async function openPostgresDriver(options: PostgresDriverOptions): Promise<SqlDriver> {
  const { databaseUrl, schema, maxConnections = 10 } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`schema '${schema}' must be lower-case letters, digits and _`);
  }
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: maxConnections,
    // public stays on the path: extensions such as pg_trgm live there, once per database.
    ...(schema ? { options: `-c search_path=${schema},public` } : {}),
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', (error) => console.warn(`Lede store: PostgreSQL connection lost: ${error.message}`));
  const driver: SqlDriver = {
    engine: 'postgres',
    ...executor(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(executor(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        // A connection that cannot even roll back is broken: drop it from the pool.
        const rolledBack = await client.query('ROLLBACK').then(
          () => true,
          () => false,
        );
        client.release(!rolledBack);
        throw error;
      }
    },
    close: () => pool.end(),
  };
  try {
    // Two servers creating the schema at once would collide; they take the migrations' turn.
    if (schema) {
      await driver.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
        await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      });
    } else await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  return driver;
}

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await client.query(sql, [...params])).rows as Row[],
    exec: async (sql) => {
      await client.query(sql);
    },
  };
}
