import type { Article } from '../schema/article';
import { foldText } from './fold';

/**
 * What a search looks in: the story's title, summary, body and entity names, folded, cut at
 * whitespace, each word kept once in the order it first appears, joined by single spaces. A query
 * term never holds whitespace, so it occurs in the text exactly when it occurs in one of these
 * words, and both stores match a term as a substring of this string. Migration 005 computes the
 * same split in SQL from the folded text earlier versions stored: change the two together.
 */
export function storyWords(article: Article): string {
  const text = foldText(
    [article.title, article.summary, ...article.body, ...article.entities.map((e) => e.name)].join('\n'),
  );
  return [...new Set(text.split(/\s+/u).filter(Boolean))].join(' ');
}
