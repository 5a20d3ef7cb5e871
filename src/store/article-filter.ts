import { foldText, queryTerms } from '../news/engine/fold';
import type { ArticleQuery } from '../news/source';
import { containsPattern, type SqlParams } from './sql-params';

export type StoryFilter = Pick<ArticleQuery, 'entities' | 'source' | 'topic'>;

/**
 * The WHERE conditions of a story filter other than its query words, with the memory engine's
 * meaning: every entity (AND), the source, the folded topic. The GIN array indexes serve entities
 * and topics. Conditions are over `articles a`, the narrow table.
 */
export function articleConditions(filter: StoryFilter, params: SqlParams): string[] {
  const conditions: string[] = [];
  if (filter.source) conditions.push(`a.source_id = ${params.add(filter.source)}`);
  if (filter.topic) conditions.push(`a.topics_folded @> ARRAY[${params.add(foldText(filter.topic))}::text]`);
  const entities = [...new Set(filter.entities ?? [])];
  if (entities.length > 0) conditions.push(`a.entity_ids @> ${params.add(entities)}::text[]`);
  return conditions;
}

/**
 * The ids of the stories holding every query word, as the memory engine matches them: each word
 * a substring of the story's distinct folded words (article_search.words, trigram-indexed). A
 * query over article_search alone, or undefined when q has no words.
 */
export function searchMatches(q: string | undefined, params: SqlParams): string | undefined {
  const terms = queryTerms(q).map((term) => `s.words LIKE ${params.add(containsPattern(term))}`);
  return terms.length > 0 ? `SELECT s.id FROM article_search s WHERE ${terms.join(' AND ')}` : undefined;
}

export function whereClause(conditions: readonly string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}
