import type { Article } from '../news/schema/article';
import type { CuratedEntity } from '../news/store/entity-record-validation';
import type { SqlExecutor } from './driver/driver';
import { refreshEntities } from './refresh-entities';
import { articleEntityRows, articleRow, articleSearchRow, articleTextRow, sourceRow } from './story-rows';

/** Rows per statement: keeps each JSON parameter a few megabytes at most. */
const CHUNK = 200;

/**
 * Replaces each story whole (row, entity links) and refreshes every entity it touches, before and
 * after. The caller holds the transaction: a crash leaves the old versions or the new, never half.
 */
export async function writeStories(tx: SqlExecutor, articles: readonly Article[]): Promise<void> {
  const touched = new Set<string>();
  const ordered = [...articles].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (let start = 0; start < ordered.length; start += CHUNK) {
    const chunk = ordered.slice(start, start + CHUNK);
    await tx.query(
      `INSERT INTO sources (id, name, site_url)
       SELECT DISTINCT ON (id) id, name, site_url FROM json_to_recordset($1::json) AS s(id text, name text, site_url text)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(chunk.map(sourceRow))],
    );
    const previous = await tx.query<{ entity_id: string }>(
      'DELETE FROM article_entities WHERE article_id = ANY($1::text[]) RETURNING entity_id',
      [chunk.map((article) => article.id)],
    );
    previous.forEach((row) => touched.add(row.entity_id));
    await tx.query(
      `INSERT INTO articles (id, source_id, published_ms, topics_folded, entity_ids)
       SELECT * FROM json_to_recordset($1::json) AS r(id text, source_id text, published_ms float8,
         topics_folded text[], entity_ids text[])
       ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, published_ms = excluded.published_ms,
         topics_folded = excluded.topics_folded, entity_ids = excluded.entity_ids, updated_at = now()`,
      [JSON.stringify(chunk.map(articleRow))],
    );
    await tx.query(
      `INSERT INTO article_texts (id, summary, doc)
       SELECT * FROM json_to_recordset($1::json) AS r(id text, summary json, doc json)
       ON CONFLICT (id) DO UPDATE SET summary = excluded.summary, doc = excluded.doc`,
      [JSON.stringify(chunk.map(articleTextRow))],
    );
    await tx.query(
      `INSERT INTO article_search (id, words)
       SELECT * FROM json_to_recordset($1::json) AS r(id text, words text)
       ON CONFLICT (id) DO UPDATE SET words = excluded.words`,
      [JSON.stringify(chunk.map(articleSearchRow))],
    );
    const links = chunk.flatMap(articleEntityRows);
    links.forEach((row) => touched.add(row.entity_id));
    await tx.query(
      `INSERT INTO article_entities (article_id, entity_id, published_ms, published_at, name, type, role, salience, mention_count)
       SELECT * FROM json_to_recordset($1::json) AS r(article_id text, entity_id text, published_ms float8,
         published_at text, name text, type text, role text, salience float8, mention_count integer)`,
      [JSON.stringify(links)],
    );
  }
  await refreshEntities(tx, [...touched]);
}

export async function deleteStory(tx: SqlExecutor, id: string): Promise<boolean> {
  const links = await tx.query<{ entity_id: string }>(
    'DELETE FROM article_entities WHERE article_id = $1 RETURNING entity_id',
    [id],
  );
  const deleted = await tx.query('DELETE FROM articles WHERE id = $1 RETURNING id', [id]);
  await refreshEntities(
    tx,
    links.map((row) => row.entity_id),
  );
  return deleted.length > 0;
}

/** Curated facts replace the old ones; the names an entity is searched by change with its aliases. */
export async function writeCuratedEntities(tx: SqlExecutor, records: readonly CuratedEntity[]): Promise<void> {
  const rows = records.map((record) => ({
    id: record.id,
    aliases: record.aliases,
    description: record.description ?? null,
  }));
  await tx.query(
    `INSERT INTO entities (id, aliases, description)
     SELECT * FROM json_to_recordset($1::json) AS r(id text, aliases text[], description text)
     ON CONFLICT (id) DO UPDATE SET aliases = excluded.aliases, description = excluded.description`,
    [JSON.stringify(rows)],
  );
  await refreshEntities(
    tx,
    records.map((record) => record.id),
  );
}
