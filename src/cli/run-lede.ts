import { createSourcesClient, SourcesClientError, type SourcesClient } from '../news/http/sources-client';
import { formatRefresh, formatSource } from './format-source';
import { parseLedeArgs, type LedeCommand } from './parse-args';
import { DEFAULT_LEDE_URL, USAGE, UsageError } from './usage';

export interface LedeIo {
  env: Record<string, string | undefined>;
  write: (text: string) => void;
  warn: (text: string) => void;
  /** Reads a file, or standard input for '-'. */
  readInput: (file: string) => Promise<string>;
  now: () => number;
  fetch?: typeof globalThis.fetch;
}

/** `npm run lede -- ...`: returns the exit code (0 done, 1 failed, 2 a mistake in the command). */
export async function runLede(argv: readonly string[], io: LedeIo): Promise<number> {
  let command: LedeCommand;
  try {
    command = parseLedeArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.warn(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  const server = (io.env.LEDE_URL || DEFAULT_LEDE_URL).replace(/\/+$/, '');
  const token = io.env.LEDE_ADMIN_TOKEN || undefined;
  if (command.name !== 'list' && !token) {
    io.warn(
      'LEDE_ADMIN_TOKEN is not set. Changing sources needs the admin token the server was started with:\n' +
        '  LEDE_ADMIN_TOKEN=... npm run lede -- ' +
        argv.join(' ') +
        '\n',
    );
    return 2;
  }
  const client = createSourcesClient({ baseUrl: `${server}/api`, token, fetch: io.fetch });
  try {
    return await run(command, client, io);
  } catch (error) {
    if (!(error instanceof SourcesClientError)) throw error;
    io.warn(`${explain(error, server)}\n`);
    return 1;
  }
}

async function run(command: LedeCommand, client: SourcesClient, io: LedeIo): Promise<number> {
  switch (command.name) {
    case 'list': {
      const sources = await client.list();
      io.write(
        sources.length === 0
          ? 'There are no sources yet.\n'
          : `${sources.map((s) => formatSource(s, io.now())).join('\n\n')}\n`,
      );
      return 0;
    }
    case 'add': {
      const source = await client.add(command.source);
      io.write(
        `Added ${source.name} (${source.id}); its first fetch is due now ` +
          `(npm run lede -- refresh ${source.id} fetches it at once).\n${formatSource(source, io.now())}\n`,
      );
      return 0;
    }
    case 'remove':
      await client.remove(command.id);
      io.write(`Removed ${command.id}; the stories it brought stay readable.\n`);
      return 0;
    case 'pause':
    case 'resume': {
      const source = await client.update(command.id, { paused: command.name === 'pause' });
      io.write(`${formatSource(source, io.now())}\n`);
      return 0;
    }
    case 'import': {
      const report = await client.importOpml(await io.readInput(command.file));
      for (const source of report.added) io.write(`Added ${source.name} (${source.id}): ${source.url ?? ''}\n`);
      for (const skip of report.skipped) io.write(`Skipped ${skip.url}: ${skip.reason}\n`);
      io.write(`${report.added.length} added, ${report.skipped.length} skipped.\n`);
      return 0;
    }
    case 'export':
      io.write(await client.exportOpml());
      return 0;
    case 'refresh':
      return refresh(command.id, client, io);
  }
}

/** One source, or every feed that is not paused, one after another; 1 if any fetch failed. */
async function refresh(id: string | undefined, client: SourcesClient, io: LedeIo): Promise<number> {
  const ids = id
    ? [id]
    : (await client.list()).filter((s) => s.status !== 'bundled' && s.status !== 'paused').map((s) => s.id);
  if (ids.length === 0) {
    io.write('There are no feeds to refresh; add one with: npm run lede -- sources add URL\n');
    return 0;
  }
  let failed = 0;
  for (const each of ids) {
    const report = await client.refresh(each);
    if (report.source.health.lastError) failed += 1;
    io.write(`${formatRefresh(report)}\n`);
  }
  return failed > 0 ? 1 : 0;
}

function explain(error: SourcesClientError, server: string): string {
  switch (error.code) {
    case 'unreachable':
      return `Lede is not running at ${server}: nothing answered. Start it with npm start, or set LEDE_URL to the server's address.`;
    case 'timeout':
      return `${server} did not answer in time: ${error.message}`;
    default:
      return error.message;
  }
}
