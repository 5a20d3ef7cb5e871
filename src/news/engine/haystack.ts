import type { Article } from '../schema/article';
import { foldText } from './fold';

/** What a search looks in, folded: title, summary, body and entity names. Stores keep it as is. */
export function storyHaystack(article: Article): string {
  return foldText([article.title, article.summary, ...article.body, ...article.entities.map((e) => e.name)].join('\n'));
}
