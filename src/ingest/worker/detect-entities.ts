import type { ArticleEntity } from '../../news/schema/article';
import { articleEntities } from '../article-entities';
import { extractEntities } from '../extract';
import type { LinearModel } from '../model/model';

/** A story's entities found in its own cleaned paragraphs: extraction, then mentions and salience. */
export function detectEntities(paragraphs: readonly string[], title: string, model: LinearModel): ArticleEntity[] {
  return articleEntities(paragraphs, title, extractEntities(paragraphs, model));
}
