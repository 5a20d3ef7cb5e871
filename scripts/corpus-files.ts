import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusInput } from '../src/ingest/build-corpus';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus');
export const DATA_DIR = join(import.meta.dirname, '..', 'public', 'data');

/** Reads corpus/: stories (sorted, so builds are reproducible), sources and optional descriptions. */
export function readCorpusInput(dir = CORPUS_DIR): CorpusInput {
  const storyDir = join(dir, 'stories');
  const stories = readdirSync(storyDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((fileName) => ({ fileName, text: readFileSync(join(storyDir, fileName), 'utf8') }));
  const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as CorpusInput['sources'];
  const descriptionFile = join(dir, 'descriptions.json');
  const descriptions = existsSync(descriptionFile)
    ? (JSON.parse(readFileSync(descriptionFile, 'utf8')) as Record<string, string>)
    : {};
  return { stories, sources, descriptions };
}

/** The exact bytes `npm run corpus` writes, so a test can tell when public/data is stale. */
export function serializeCorpusFile(key: 'articles' | 'entities', items: readonly unknown[]): string {
  return `{"${key}":[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]}\n`;
}
