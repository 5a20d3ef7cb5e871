import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openStore, seedFromCorpusDir } from '../store/index';
import { createServerApp } from './app';
import { ConfigError, parseServerConfig } from './config';
import { describeDatabase } from './describe-database';
import { listen } from './listen';
import { createFetchContext } from './sources/fetch-context';
import { createScheduler } from './sources/scheduler';
import { createServerSourceAdmin } from './sources/source-admin';
import { createStoryPool } from './sources/story-pool';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** `npm start` / `npm run serve`: the only code that reads process.env and process.argv. */
async function main(): Promise<void> {
  const config = parseServerConfig(process.env, process.argv.slice(2), process.cwd());
  const { database, dataDir } = describeDatabase(config);
  const store = await openStore(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir });
  const seed = await seedFromCorpusDir(store, config.corpusDir);
  for (const { id, reason } of seed.refused) console.warn(`Seed left out ${id ?? 'an item'}: ${reason}`);
  const context = createFetchContext({ allowPrivateNetwork: config.allowPrivateNetwork });
  // Page reading and entity extraction run on worker threads, so ingesting never stalls requests.
  const builder = createStoryPool();
  const scheduler = createScheduler({ store, context, builder });
  const sources = createServerSourceAdmin({ store, context, scheduler });
  if (config.opmlFile) {
    const report = await sources.importOpml(await readFile(config.opmlFile, 'utf8'));
    say(`Added ${report.added.length} sources from ${config.opmlFile} (${report.skipped.length} skipped).`);
    for (const skip of report.skipped) say(`  skipped ${skip.url}${skip.url ? ': ' : ''}${skip.reason}`);
  }
  // Without LEDE_MEDIA_SECRET proxy URLs are signed for this process only: a restart just re-signs
  // what it serves next, but servers behind one balancer need the shared secret to honour each other's.
  const media = {
    secret: config.mediaSecret ?? randomBytes(32).toString('base64url'),
    allowPrivateNetwork: config.allowPrivateNetwork,
  };
  const app = createServerApp({ ...config, store, sources, media, warmUpRender: true });
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
  say(
    `  feeds           fetched by this server${config.allowPrivateNetwork ? ' (private addresses allowed: LEDE_ALLOW_PRIVATE_NETWORK=1)' : ''}`,
  );
  if (!existsSync(join(config.distDir, 'index.html'))) say(`  reader          not built: run \`npm run build\``);
  say('Press Ctrl-C to stop.');
  scheduler.start();

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.warn(`${signal} again: exiting without waiting.`);
      process.exit(1);
    }
    stopping = true;
    say(`${signal}: finishing requests in flight, then closing the database.`);
    Promise.all([server.close(), scheduler.stop()])
      .then(() => Promise.all([builder.close(), store.close()]))
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

// The person starting Lede needs the reason (a busy data directory, a refused connection), not a stack.
main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(`Lede could not start: ${reasonOf(error)}`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message || error.name}${cause}`;
}
