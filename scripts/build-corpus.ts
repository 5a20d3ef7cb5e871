import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { buildCorpus } from '../src/ingest/build-corpus';
import { CORPUS_DIR, DATA_DIR, corpusDataFiles, readCorpusInput } from './corpus-files';

try {
  const { articles, entities, extracted } = buildCorpus(readCorpusInput());
  const missing = articles.filter((a) => a.image && !existsSync(join(CORPUS_DIR, a.image.url)));
  if (missing.length > 0)
    throw new Error(`Missing images: ${missing.map((a) => `${a.id} -> corpus/${a.image?.url}`).join(', ')}`);
  rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(DATA_DIR, { recursive: true });
  cpSync(join(CORPUS_DIR, 'images'), join(DATA_DIR, 'images'), { recursive: true });
  const files = corpusDataFiles(articles, entities);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(DATA_DIR, path)), { recursive: true });
    writeFileSync(join(DATA_DIR, path), text);
  }
  const recurring = entities.filter((entity) => entity.articleCount >= 3).length;
  console.log(
    `Wrote ${articles.length} stories and ${entities.length} entities (${recurring} in 3+ stories) to ${relative(process.cwd(), DATA_DIR)}/ (${files.size} files)`,
  );
  console.log(
    `${extracted.length} of ${articles.length} stories had no entity lines and used extraction${extracted.length > 0 ? `: ${extracted.join(', ')}` : ''}`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
