import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusInput } from '../src/ingest/build-corpus';
import { ARTICLES_FILE, ENTITIES_FILE } from '../src/news/corpus-data';
import { corpusPages, entityFile, FIRST_PAGE_FILE, SEARCH_INDEX_FILE, storyFile } from '../src/news/corpus-pages';
import type { Article } from '../src/news/schema/article';
import type { Entity } from '../src/news/schema/entity';

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

function listFile(fields: Record<string, unknown>, lists: Record<string, readonly unknown[]>): string {
  const head = Object.entries(fields).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)},`);
  const body = Object.entries(lists).map(
    ([key, items]) => `"${key}":[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`,
  );
  return `{${head.join('')}${body.join(',')}}\n`;
}

/**
 * Every file `npm run corpus` writes into public/data (images aside), path -> exact bytes: the
 * whole corpus (what the dev API and the server's seed read) and the same cut a view at a time
 * (what the bundled source reads in the browser).
 */
export function corpusDataFiles(articles: readonly Article[], entities: readonly Entity[]): Map<string, string> {
  const { firstPage, searchIndex } = corpusPages(articles, entities);
  const files = new Map<string, string>([
    [ARTICLES_FILE, serializeCorpusFile('articles', articles)],
    [ENTITIES_FILE, serializeCorpusFile('entities', entities)],
    [
      FIRST_PAGE_FILE,
      listFile({ total: firstPage.total }, { stories: firstPage.stories, entities: firstPage.entities }),
    ],
    [SEARCH_INDEX_FILE, listFile({}, { stories: searchIndex.stories, entities: searchIndex.entities })],
  ]);
  for (const article of articles) files.set(storyFile(article.id), `${JSON.stringify(article)}\n`);
  for (const entity of entities) files.set(entityFile(entity.id), `${JSON.stringify(entity)}\n`);
  return files;
}
