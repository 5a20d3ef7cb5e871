import { foldText, queryTerms } from '../news/engine/fold';
import type { ArticleQuery } from '../news/source';
import { containsPattern, type SqlParams } from './sql-params';

/**
 * The WHERE conditions of a story filter, with the memory engine's meaning: every entity (AND),
 * the source, the folded topic, and every query word somewhere in its distinct folded words. The
 * trigram index serves the LIKE; the GIN array indexes serve entities and topics. Conditions are
 * over `articles a`, the narrow table.
 */
export function articleConditions(query: Omit<ArticleQuery, 'cursor' | 'limit'>, params: SqlParams): string[] {
  const conditions: string[] = [];
  if (query.source) conditions.push(`a.source_id = ${params.add(query.source)}`);
  if (query.topic) conditions.push(`a.topics_folded @> ARRAY[${params.add(foldText(query.topic))}::text]`);
  const entities = [...new Set(query.entities ?? [])];
  if (entities.length > 0) conditions.push(`a.entity_ids @> ${params.add(entities)}::text[]`);
  const terms = queryTerms(query.q).map((term) => `s.words LIKE ${params.add(containsPattern(term))}`);
  if (terms.length > 0) conditions.push(`a.id IN (SELECT s.id FROM article_search s WHERE ${terms.join(' AND ')})`);
  return conditions;
}

export function whereClause(conditions: readonly string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}
