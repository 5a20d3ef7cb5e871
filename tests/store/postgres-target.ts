import pg from 'pg';

/**
 * The PostgreSQL server the suites run against, from DATABASE_URL, or null to skip them. Each
 * run works in a schema of its own and drops it afterwards, so it never touches other data.
 */
export function postgresTarget() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) return null;
  return {
    databaseUrl,
    async freshSchema(label: string) {
      const schema = `lede_test_${label}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      // Extensions are per database; made once in public, so every test schema can use it.
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
      await client.end();
      return {
        databaseUrl,
        schema,
        dropSchema: async () => {
          const dropper = new pg.Client({ connectionString: databaseUrl });
          await dropper.connect();
          await dropper.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await dropper.end();
        },
      };
    },
  };
}
