import { NewsError } from '../news/errors';
import { queryTerms } from '../news/engine/fold';
import { clamp, compareEntitySummaries, dropUndefinedRole } from '../news/engine/ranking';
import type { Entity, EntitySummary, EntityType } from '../news/schema/entity';
import { DEFAULT_ENTITY_LIMIT, MAX_ENTITY_LIMIT, type EntityList, type EntityQuery } from '../news/source';
import type { SqlExecutor } from './driver/driver';
import { articleConditions, whereClause } from './article-filter';
import { readRelated } from './read-related';
import { containsPattern, createParams, type SqlParams } from './sql-params';

interface RankedRow {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  count: number;
  article_count: number;
}

/**
 * SQL ranks by the numbers and keeps every row tied at the cut; JavaScript then orders the ties
 * by name with localeCompare, as the memory engine does, whatever collation the database has.
 */
export async function listEntities(db: SqlExecutor, query: EntityQuery): Promise<Omit<EntityList, 'dropped'>> {
  const limit = clamp(query.limit ?? DEFAULT_ENTITY_LIMIT, 1, MAX_ENTITY_LIMIT);
  const params = createParams();
  const filtered = (query.entities?.length ?? 0) > 0 || query.source || query.topic;
  const sql = filtered ? withinStories(query, limit, params) : acrossAll(query, limit, params);
  const rows = await db.query<RankedRow>(sql, params.values);
  const items = rows.map((row): EntitySummary => ({
    id: row.id,
    name: row.name,
    type: row.type,
    role: row.role ?? undefined,
    count: row.count,
    articleCount: row.article_count,
  }));
  return { items: items.sort(compareEntitySummaries).slice(0, limit).map(dropUndefinedRole) };
}

function entityConditions(query: EntityQuery, params: SqlParams): string[] {
  const conditions = ['e.article_count > 0'];
  if (query.type) conditions.push(`e.type = ${params.add(query.type)}`);
  for (const term of queryTerms(query.q)) conditions.push(`e.names_folded LIKE ${params.add(containsPattern(term))}`);
  return conditions;
}

/** No story filter: a story count is the entity's article count, already kept on its row. */
function acrossAll(query: EntityQuery, limit: number, params: SqlParams): string {
  const where = whereClause(entityConditions(query, params));
  return `SELECT e.id, e.name, e.type, e.role, e.article_count AS count, e.article_count FROM entities e ${where}
    AND e.article_count >= coalesce((SELECT e.article_count FROM entities e ${where}
      ORDER BY e.article_count DESC OFFSET ${params.add(limit - 1)} LIMIT 1), 0)`;
}

/** Co-occurrence: entities counted over the stories that pass the filter, the filter's own left out. */
function withinStories(query: EntityQuery, limit: number, params: SqlParams): string {
  const stories = whereClause(articleConditions(query, params));
  const within = params.add([...new Set(query.entities ?? [])]);
  return `WITH counts AS (
      SELECT ae.entity_id AS id, count(*)::int AS count FROM article_entities ae
      WHERE ae.article_id IN (SELECT a.id FROM articles a ${stories}) AND ae.entity_id <> ALL(${within}::text[])
      GROUP BY ae.entity_id
    ), ranked AS (
      SELECT e.id, e.name, e.type, e.role, c.count, e.article_count,
             rank() OVER (ORDER BY c.count DESC, e.article_count DESC) AS place
      FROM counts c JOIN entities e ON e.id = c.id ${whereClause(entityConditions(query, params))}
    )
    SELECT id, name, type, role, count, article_count FROM ranked WHERE place <= ${params.add(limit)}`;
}

interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  aliases: string[];
  description: string | null;
  article_count: number;
  first_seen: string;
  last_seen: string;
}

export async function getEntity(db: SqlExecutor, id: string): Promise<Entity> {
  const [row] = await db.query<EntityRow>(
    `SELECT id, name, type, role, aliases, description, article_count, first_seen, last_seen
     FROM entities WHERE id = $1 AND article_count > 0`,
    [id],
  );
  if (!row) throw new NewsError('not-found', `There is no entity with the id '${id}'.`, { status: 404 });
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    aliases: row.aliases,
    ...(row.description ? { description: row.description } : {}),
    ...(row.role ? { role: row.role } : {}),
    articleCount: row.article_count,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    related: await readRelated(db, id),
  };
}
