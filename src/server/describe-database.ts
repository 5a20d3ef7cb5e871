import type { ServerConfig } from './config';

/** The database as the start-up banner names it, with any password in DATABASE_URL hidden. */
export function describeDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): {
  database: string;
  dataDir: string;
} {
  if (!config.databaseUrl) return { database: 'PGlite (embedded PostgreSQL)', dataDir: config.dataDir };
  let shown: string;
  try {
    const url = new URL(config.databaseUrl);
    if (url.password) url.password = '***';
    shown = url.toString();
  } catch {
    shown = 'postgresql://(unparsable URL)';
  }
  return { database: `PostgreSQL at ${shown}`, dataDir: 'none: DATABASE_URL is set' };
}
