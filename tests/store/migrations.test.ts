// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDriver } from '../../src/store/driver/driver';
import { openPgliteDriver } from '../../src/store/driver/pglite-driver';
import { openPostgresDriver } from '../../src/store/driver/postgres-driver';
import { loadMigrations, migrate, type Migration } from '../../src/store/migrate';
import { openStore } from '../../src/store';
import { postgresTarget } from './postgres-target';

const real = loadMigrations();
const extra: Migration = { version: real.length + 1, name: 'extra', sql: 'CREATE TABLE extra_table (x integer);' };

describe('migrations on PGlite (one instance, steps in order)', () => {
  let driver: SqlDriver;
  beforeAll(async () => {
    driver = await openPgliteDriver();
  }, 60_000);
  afterAll(() => driver.close());

  it('apply once, then find nothing to do', async () => {
    expect(await migrate(driver, real)).toEqual({ version: real.length, applied: real.map((m) => m.version) });
    expect(await migrate(driver, real)).toEqual({ version: real.length, applied: [] });
    await expect(Promise.all([migrate(driver, real), migrate(driver, real)])).resolves.toHaveLength(2);
  });

  it('refuse an applied migration whose file was edited', async () => {
    const edited = real.map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- an edit` } : m));
    await expect(migrate(driver, edited)).rejects.toThrow(/migration 001-initial was changed after it was applied/);
  });

  it('roll a failing migration back whole', async () => {
    const failing: Migration = { ...extra, sql: `${extra.sql}\nSELECT 1 / 0;` };
    await expect(migrate(driver, [...real, failing])).rejects.toThrow(/division by zero/);
    // The table the failed migration created is gone with it, so creating it again works.
    expect(await migrate(driver, [...real, extra])).toEqual({ version: extra.version, applied: [extra.version] });
  });

  it('refuse a database newer than the code, saying so', async () => {
    await expect(migrate(driver, real)).rejects.toThrow(
      `the database is at schema version ${extra.version}, newer than this Lede, which knows versions up to ${real.length}`,
    );
  });
});

describe('migration files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-migrations-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are numbered without gaps, and other files are ignored', () => {
    writeFileSync(join(dir, '001-first.sql'), 'SELECT 1;');
    writeFileSync(join(dir, 'README.md'), 'not a migration');
    const url = pathToFileURL(`${dir}/`);
    expect(loadMigrations(url).map((m) => [m.version, m.name])).toEqual([[1, 'first']]);
    writeFileSync(join(dir, '003-third.sql'), 'SELECT 3;');
    expect(() => loadMigrations(url)).toThrow(/without gaps; found 3/);
  });
});

const target = postgresTarget();
describe.skipIf(!target)('migrations on PostgreSQL (DATABASE_URL)', () => {
  it('let two servers start at once: one migrates, both open', async () => {
    if (!target) return;
    const { databaseUrl, schema, dropSchema } = await target.freshSchema('migrate');
    try {
      const stores = await Promise.all([openStore({ databaseUrl, schema }), openStore({ databaseUrl, schema })]);
      for (const store of stores) expect(await store.health()).toMatchObject({ ok: true, schemaVersion: real.length });
      await Promise.all(stores.map((store) => store.close()));
      const driver = await openPostgresDriver({ databaseUrl, schema });
      await migrate(driver, [...real, extra]);
      await driver.close();
      await expect(openStore({ databaseUrl, schema })).rejects.toThrow(/newer than this Lede/);
    } finally {
      await dropSchema();
    }
  });
});
