import { readFile } from 'node:fs/promises';
import type { Source } from '../../news/schema/article';
import { articleFromText } from './article-from-text';

export interface IngestIo {
  readStdin: () => Promise<string>;
  write: (text: string) => void;
  warn: (text: string) => void;
  now: () => Date;
  /** Known sources by id (corpus/sources.json), so a header's source gets its display name. */
  sources: ReadonlyMap<string, Source>;
}

const USAGE = 'usage: npm run --silent ingest -- [--format ndjson|json] FILE... (- reads stdin)';

/**
 * Each input becomes one Article, in order. A bad input is reported on stderr and makes the exit
 * code 1, but never stops the others: a batch with one broken file still yields the rest.
 */
export async function runIngest(args: readonly string[], io: IngestIo): Promise<number> {
  let format: 'ndjson' | 'json' = 'ndjson';
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--format') {
      const value = args[(i += 1)];
      if (value !== 'ndjson' && value !== 'json') {
        io.warn(`--format must be ndjson or json\n${USAGE}\n`);
        return 2;
      }
      format = value;
    } else if (arg.startsWith('--') && arg !== '-') {
      io.warn(`unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    io.warn(`${USAGE}\n`);
    return 2;
  }

  let failed = false;
  const articles: unknown[] = [];
  for (const file of files) {
    const label = file === '-' ? 'stdin' : file;
    try {
      const text = file === '-' ? await io.readStdin() : await readText(file);
      if (text.trim() === '') throw new Error(`${label}: the input is empty`);
      const article = articleFromText(label.replace(/^.*\//u, '').replace(/\.txt$/u, ''), text, {
        now: io.now(),
        sources: io.sources,
      });
      if (format === 'ndjson') io.write(`${JSON.stringify(article)}\n`);
      else articles.push(article);
    } catch (error) {
      failed = true;
      io.warn(`ingest: ${(error as Error).message}\n`);
    }
  }
  if (format === 'json') io.write(`${JSON.stringify(articles, null, 2)}\n`);
  return failed ? 1 : 0;
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new Error(`${file}: cannot be read (${code})`, { cause: error });
  }
}
