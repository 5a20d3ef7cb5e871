import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTICLES_FILE, ENTITIES_FILE, parseCorpusFiles, withImageBase } from '../corpus-data';
import { createCorpusIndex, type CorpusIndex } from '../engine/corpus-index';
import { NewsError } from '../errors';

export type LoadCorpus = () => Promise<CorpusIndex>;

export interface CorpusLoaderOptions {
  /** Folder holding articles.json and entities.json. */
  dir: string;
  /** Where left-out stories and entities are reported. */
  warn?: (message: string) => void;
  /** What a person should do when the files are missing; the dev server and preview differ. */
  missingHint?: string;
}

export const DEV_MISSING_HINT =
  'Run `npm run corpus` to build public/data from corpus/stories, ' +
  'or set LEDE_CORPUS_DIR to a folder holding articles.json and entities.json.';

const FILES = [ARTICLES_FILE, ENTITIES_FILE] as const;

/**
 * Reads and indexes the corpus once, then only stats the files per request: `npm run corpus`
 * rewriting them while the server runs shows up on the next request without a restart.
 */
export function createCorpusLoader({
  dir,
  warn = console.warn,
  missingHint = DEV_MISSING_HINT,
}: CorpusLoaderOptions): LoadCorpus {
  let cached: { version: string; index: Promise<CorpusIndex> } | undefined;

  return async () => {
    const version = await versionOf(dir, missingHint);
    if (cached?.version === version) return cached.index;
    const index = readIndex(dir, warn, missingHint);
    const entry = { version, index };
    cached = entry;
    // A failed read (say, a file caught half-written) must be retried, not remembered.
    index.catch(() => {
      if (cached === entry) cached = undefined;
    });
    return index;
  };
}

async function versionOf(dir: string, hint: string): Promise<string> {
  // Settled, not raced: when both files are missing, the message names articles.json every time,
  // not whichever stat happened to fail first.
  const stamps = await Promise.allSettled(FILES.map((file) => stat(join(dir, file))));
  return stamps
    .map((stamp, i) => {
      if (stamp.status === 'rejected') throw missingCorpus(join(dir, FILES[i]!), hint, stamp.reason);
      return `${stamp.value.mtimeMs}:${stamp.value.size}`;
    })
    .join('|');
}

async function readIndex(dir: string, warn: (message: string) => void, hint: string): Promise<CorpusIndex> {
  const [articles, entities] = await Promise.all(FILES.map((file) => readJson(dir, file, hint)));
  const corpus = parseCorpusFiles(articles, entities);
  for (const item of corpus.dropped) warn(`Lede API left out ${item.label}: ${item.reason}`);
  return createCorpusIndex(corpus.articles.map(servedImage), corpus.entities);
}

/**
 * Corpus image paths are relative to the data folder. Clients resolve relative URLs against the
 * API base (/api/), and the data folder is served beside it at /data/, so one step up reaches it.
 */
function servedImage<T extends { image?: { url: string } }>(article: T): T {
  return withImageBase(article, (url) => (/^[a-z]+:|^\//i.test(url) ? url : `../data/${url}`));
}

async function readJson(dir: string, file: string, hint: string): Promise<unknown> {
  const path = join(dir, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw missingCorpus(path, hint, cause);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new NewsError('invalid-data', `${path} is not valid JSON (${reason}); rebuild it with \`npm run corpus\`.`, {
      cause,
    });
  }
}

function missingCorpus(path: string, hint: string, cause: unknown): NewsError {
  const code = (cause as { code?: unknown } | null)?.code;
  const problem = code === 'ENOENT' ? 'does not exist' : `cannot be read (${String(code ?? cause)})`;
  return new NewsError('config', `The Lede API has no corpus to serve: ${path} ${problem}. ${hint}`, {
    status: 503,
    cause,
  });
}
