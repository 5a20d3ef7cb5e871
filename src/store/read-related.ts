import { RELATED_LIMIT } from '../news/engine/entity-records';
import { compareRelated } from '../news/engine/ranking';
import type { EntityType, RelatedEntity } from '../news/schema/entity';
import type { SqlExecutor } from './driver/driver';

/** The entities sharing most stories with this one, counted over all its stories. */
const RELATED = `
SELECT e.id, e.name, e.type, c.count FROM (
  SELECT o.entity_id, count(*)::int AS count, rank() OVER (ORDER BY count(*) DESC) AS place
  FROM article_entities s
  JOIN article_entities o ON o.article_id = s.article_id AND o.entity_id <> s.entity_id
  WHERE s.entity_id = $1
  GROUP BY o.entity_id
) c JOIN entities e ON e.id = c.entity_id
WHERE c.place <= $2`;

export async function readRelated(db: SqlExecutor, id: string): Promise<RelatedEntity[]> {
  const rows = await db.query<{ id: string; name: string; type: EntityType; count: number }>(RELATED, [
    id,
    RELATED_LIMIT,
  ]);
  return rows
    .map((row) => ({ id: row.id, name: row.name, type: row.type, count: row.count }))
    .sort(compareRelated)
    .slice(0, RELATED_LIMIT);
}
