import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { runLede } from '../src/cli/run-lede';

process.exitCode = await runLede(process.argv.slice(2), {
  env: process.env,
  write: (chunk) => process.stdout.write(chunk),
  warn: (chunk) => process.stderr.write(chunk),
  readInput: (file) => (file === '-' ? text(process.stdin) : readFile(file, 'utf8')),
  now: Date.now,
});
