import { foldText } from '../news/engine/fold';
import type { SqlExecutor } from './driver/driver';

interface DerivedRow {
  id: string;
  aliases: string[];
  name: string | null;
  type: string | null;
  role: string | null;
  first_seen: string | null;
  last_seen: string | null;
  article_count: number;
}

/**
 * Recomputes what an entity record derives from its stories, as buildEntityRecords does: name and
 * type from the first story (oldest, then id), the latest role, counts and first/last appearance.
 */
const DERIVE = `
SELECT e.id, coalesce(cur.aliases, '{}') AS aliases, f.name, f.type, f.published_at AS first_seen,
       l.published_at AS last_seen, r.role, coalesce(c.n, 0) AS article_count
FROM unnest($1::text[]) AS e(id)
LEFT JOIN entities cur ON cur.id = e.id
LEFT JOIN LATERAL (SELECT count(*)::int AS n FROM article_entities a WHERE a.entity_id = e.id) c ON true
LEFT JOIN LATERAL (SELECT a.name, a.type, a.published_at FROM article_entities a WHERE a.entity_id = e.id
                   ORDER BY a.published_ms, a.article_id LIMIT 1) f ON true
LEFT JOIN LATERAL (SELECT a.published_at FROM article_entities a WHERE a.entity_id = e.id
                   ORDER BY a.published_ms DESC, a.article_id DESC LIMIT 1) l ON true
LEFT JOIN LATERAL (SELECT a.role FROM article_entities a WHERE a.entity_id = e.id AND a.role IS NOT NULL
                   ORDER BY a.published_ms DESC, a.article_id DESC LIMIT 1) r ON true`;

const CHUNK = 2_000;

export async function refreshEntities(tx: SqlExecutor, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)].sort();
  for (let start = 0; start < unique.length; start += CHUNK) {
    const derived = await tx.query<DerivedRow>(DERIVE, [unique.slice(start, start + CHUNK)]);
    const rows = derived.map(({ aliases, ...row }) => ({
      ...row,
      names_folded: row.name === null ? '' : foldText([row.name, ...aliases].join('\n')),
    }));
    await tx.query(
      `INSERT INTO entities (id, name, type, role, first_seen, last_seen, article_count, names_folded)
       SELECT * FROM json_to_recordset($1::json) AS r(id text, name text, type text, role text,
         first_seen text, last_seen text, article_count integer, names_folded text)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, role = excluded.role,
         first_seen = excluded.first_seen, last_seen = excluded.last_seen,
         article_count = excluded.article_count, names_folded = excluded.names_folded`,
      [JSON.stringify(rows)],
    );
  }
}
