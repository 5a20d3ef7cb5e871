import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, seedFromCorpusDir } from '../store/index';
import { createServerApp } from './app';
import { ConfigError, parseServerConfig } from './config';
import { describeDatabase } from './describe-database';
import { listen } from './listen';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** `npm start` / `npm run serve`: the only code that reads process.env and process.argv. */
async function main(): Promise<void> {
  const config = parseServerConfig(process.env, process.argv.slice(2), process.cwd());
  const { database, dataDir } = describeDatabase(config);
  const store = await openStore(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir });
  const seed = await seedFromCorpusDir(store, config.corpusDir);
  for (const { id, reason } of seed.refused) console.warn(`Seed left out ${id ?? 'an item'}: ${reason}`);
  // Proxy URLs are signed for this process only: a restart just re-signs what it serves next.
  const app = createServerApp({ ...config, store, media: { secret: randomBytes(32).toString('base64url') } });
  const server = await listen(app.fetch, config.host, config.port).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  const { articleCount } = await store.health();

  say(`Lede is serving ${server.url}`);
  say(`  data directory  ${dataDir}`);
  say(`  database        ${database}`);
  say(
    `  stories         ${articleCount}${seed.seeded ? ` (seeded ${seed.written.length} from ${config.corpusDir})` : ''}`,
  );
  say(
    `  writes          ${config.adminToken ? 'enabled with Authorization: Bearer <LEDE_ADMIN_TOKEN>' : 'read-only (LEDE_ADMIN_TOKEN is not set)'}`,
  );
  if (!existsSync(join(config.distDir, 'index.html'))) say(`  reader          not built: run \`npm run build\``);
  say('Press Ctrl-C to stop.');

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.warn(`${signal} again: exiting without waiting.`);
      process.exit(1);
    }
    stopping = true;
    say(`${signal}: finishing requests in flight, then closing the database.`);
    server
      .close()
      .then(() => store.close())
      .then(() => {
        say('Stopped.');
        process.exit(0);
      })
      .catch((error: unknown) => {
        console.error('Lede did not stop cleanly:', error);
        process.exit(1);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Lede could not start:', error);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
