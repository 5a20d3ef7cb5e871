import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { runIngest } from '../src/ingest/cli/run-ingest';
import { CORPUS_DIR } from './corpus-files';

const known = JSON.parse(readFileSync(join(CORPUS_DIR, 'sources.json'), 'utf8')) as Record<
  string,
  { name: string; url?: string }
>;

process.exitCode = await runIngest(process.argv.slice(2), {
  readStdin: () => text(process.stdin),
  write: (chunk) => process.stdout.write(chunk),
  warn: (chunk) => process.stderr.write(chunk),
  now: () => new Date(),
  sources: new Map(Object.entries(known).map(([id, source]) => [id, { id, ...source }])),
});
