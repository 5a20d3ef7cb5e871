import type { ArticleEntity } from '../../news/schema/article';
import { articleEntities } from '../article-entities';
import { extractEntities } from '../extract';

/** A story's entities found in its own cleaned paragraphs: extraction, then mentions and salience. */
export function detectEntities(paragraphs: readonly string[], title: string): ArticleEntity[] {
  return articleEntities(paragraphs, title, extractEntities(paragraphs, title));
}
