import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTICLES_FILE, ENTITIES_FILE, parseCorpusFiles, withImageBase } from '../news/corpus-data';
import type { NewsStore, SeedReport } from '../news/store/news-store';

export interface SeedOptions {
  /**
   * How a corpus image path (relative to the data folder) is served. The default matches the dev
   * API: clients resolve it against /api/, and the data folder sits beside it at /data/.
   */
  imageUrl?: (url: string) => string;
}

export function apiImageUrl(url: string): string {
  return /^[a-z]+:|^\//i.test(url) ? url : `../data/${url}`;
}

/**
 * Loads the bundled corpus (a folder with articles.json and entities.json) into a store that has
 * never been seeded; on every later start it writes nothing, so deleted stories stay deleted.
 */
export async function seedFromCorpusDir(store: NewsStore, dir: string, options: SeedOptions = {}): Promise<SeedReport> {
  const { imageUrl = apiImageUrl } = options;
  const [articlesFile, entitiesFile] = await Promise.all(
    [ARTICLES_FILE, ENTITIES_FILE].map(async (file) => JSON.parse(await readFile(join(dir, file), 'utf8')) as unknown),
  );
  const corpus = parseCorpusFiles(articlesFile, entitiesFile);
  const report = await store.seedOnce({
    articles: corpus.articles.map((article) => withImageBase(article, imageUrl)),
    entities: corpus.entities,
  });
  const dropped = corpus.dropped.map((item) => ({ id: null, field: '', reason: `${item.label}: ${item.reason}` }));
  return report.seeded ? { ...report, refused: [...dropped, ...report.refused] } : report;
}
