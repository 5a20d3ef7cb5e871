import * as v from 'valibot';
import { ArticleSchema, type Article } from './schema/article';
import { EntitySchema, type Entity } from './schema/entity';
import { itemLabel, parseEach, parseOrThrow, type DroppedItem } from './validate';

/** public/data/articles.json and entities.json: the bundled corpus, as `npm run corpus` writes it. */
export const ARTICLES_FILE = 'articles.json';
export const ENTITIES_FILE = 'entities.json';

const ArticlesFileSchema = v.object({ articles: v.array(v.unknown(), 'must be a list') });
const EntitiesFileSchema = v.object({ entities: v.array(v.unknown(), 'must be a list') });

export interface CorpusData {
  articles: Article[];
  entities: Entity[];
  dropped: DroppedItem[];
}

/** Validates both files; a broken story or entity is dropped and reported, a broken file is an error. */
export function parseCorpusFiles(articlesFile: unknown, entitiesFile: unknown): CorpusData {
  const articleList = parseOrThrow(ArticlesFileSchema, articlesFile, ARTICLES_FILE).articles;
  const entityList = parseOrThrow(EntitiesFileSchema, entitiesFile, ENTITIES_FILE).entities;
  const articles = parseEach(ArticleSchema, articleList, itemLabel('article'));
  const entities = parseEach(EntitySchema, entityList, itemLabel('entity'));
  return {
    articles: articles.items,
    entities: entities.items,
    dropped: [...articles.dropped, ...entities.dropped],
  };
}

/**
 * Corpus image paths are relative to the data folder; readers get absolute URLs, whether the
 * corpus reaches them as files or through an API on another path.
 */
export function resolveImageUrls(articles: readonly Article[], dataUrl: string): Article[] {
  return articles.map((article) => withImageBase(article, (url) => new URL(url, dataUrl).href));
}

/** Rewrites a story's image URL (summaries and full stories alike); stories without one pass through. */
export function withImageBase<T extends { image?: { url: string } }>(item: T, resolve: (url: string) => string): T {
  return item.image ? { ...item, image: { ...item.image, url: resolve(item.image.url) } } : item;
}
