import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSyntheticCorpus } from '../../scripts/synthetic/generate';
import { parseCorpusFiles } from '../../src/news/corpus-data';
import { createCorpusIndex, type CorpusIndex } from '../../src/news/engine/corpus-index';
import { buildEntityRecords } from '../../src/news/engine/entity-records';
import type { Article } from '../../src/news/schema/article';
import type { Entity } from '../../src/news/schema/entity';
import { chronological } from '../../src/news/store/chronological';

const DATA_DIR = join(import.meta.dirname, '..', '..', 'public', 'data');

export interface ContractCorpus {
  articles: Article[];
  entities: Entity[];
  /** The in-memory engine over the same stories: the answers every store must give. */
  reference: CorpusIndex;
}

export function bundledCorpus() {
  const read = (file: string) => JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as unknown;
  return parseCorpusFiles(read('articles.json'), read('entities.json'));
}

/**
 * The bundled stories, 200 synthetic ones, and three stories published at one instant (one
 * written with another offset), so ties in time are ordered and paged by id in every store.
 */
/**
 * Text that tests how search cuts and folds words: accents, case, ligatures and punctuation, and
 * every kind of space JavaScript's \s knows beside characters it does not count as space
 * (zero-width space, NEL), where a store that split words differently would answer differently.
 */
export const SEARCH_TEXT = [
  'Crème\u00a0BRÛLÉE\u3000Åsa\u2028Straße\tnaïve\u200bcafé\r\nİSTANBUL\u202fÆrø\u1680ﬁnance\ufeffZoë',
  '«Œuvre» (d’Artagnan) — e-mail: news@lede.example; U.S. 50%\u0085off a_b\u2029Linköping’s co-operation.',
];

function searchStories(first: Article): Article[] {
  return SEARCH_TEXT.map((summary, index) => ({
    ...first,
    id: `search-words-${index}`,
    title: `${first.title} (search words ${index})`,
    summary,
  }));
}

export function contractCorpus(): ContractCorpus {
  const bundled = bundledCorpus();
  const synthetic = generateSyntheticCorpus(200, 7).articles;
  const [first] = bundled.articles;
  if (!first) throw new Error('the bundled corpus is empty');
  const instant = first.publishedAt;
  if (instant === null) throw new Error('the first bundled story has no date');
  const ties: Article[] = ['tie-c', 'tie-a', 'tie-b'].map((id, index) => ({
    ...first,
    id,
    title: `${first.title} (${id})`,
    publishedAt: index === 2 ? new Date(Date.parse(instant)).toISOString() : instant,
  }));
  // A story whose date could not be read sorts as the oldest and leaves entity dates to dated ones.
  const undated: Article = { ...first, id: 'undated', title: `${first.title} (undated)`, publishedAt: null };
  const articles = [...bundled.articles, ...synthetic, ...ties, undated, ...searchStories(first)];
  const ordered = [...articles].sort(chronological);
  const reference = createCorpusIndex(ordered, buildEntityRecords(ordered, bundled.entities));
  return { articles, entities: bundled.entities, reference };
}
