import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type SqlNewsStore } from '../../src/store';

export interface BenchStore {
  store: SqlNewsStore;
  dispose: () => Promise<void>;
}

/** PGlite in a fresh temporary data directory, as `npm start` would run it. */
export async function freshPglite(): Promise<BenchStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lede-bench-'));
  const store = await openStore({ dataDir });
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A schema of its own on the server, dropped afterwards. */
export async function freshPostgres(databaseUrl: string, label: string): Promise<BenchStore> {
  const schema = `lede_bench_${label}_${process.pid}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
  const store = await openStore({ databaseUrl, schema });
  return {
    store,
    dispose: async () => {
      await store.close();
      const dropper = new pg.Client({ connectionString: databaseUrl });
      await dropper.connect();
      await dropper.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await dropper.end();
    },
  };
}
