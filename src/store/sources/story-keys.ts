import type { StoryMatch } from '../../news/store/source-store';
import type { SqlExecutor } from '../driver/driver';

export async function findStoryKeys(db: SqlExecutor, keys: readonly string[]): Promise<StoryMatch[]> {
  if (keys.length === 0) return [];
  const rows = await db.query<{ key: string; article_id: string }>(
    'SELECT key, article_id FROM story_keys WHERE key = ANY($1::text[])',
    [keys],
  );
  return rows.map((row) => ({ key: row.key, articleId: row.article_id }));
}

export async function storyFingerprints(db: SqlExecutor, ids: readonly string[]): Promise<Map<string, number[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ article_id: string; minhash: (string | number)[] }>(
    'SELECT article_id, minhash FROM story_fingerprints WHERE article_id = ANY($1::text[])',
    [ids],
  );
  return new Map(rows.map((row) => [row.article_id, row.minhash.map(Number)]));
}

/** The first story to claim a key keeps it: a later duplicate never takes its URL or text over. */
export async function rememberStories(
  tx: SqlExecutor,
  entries: readonly { articleId: string; keys: readonly string[]; minhash?: readonly number[] }[],
): Promise<void> {
  const keys = entries.flatMap((entry) => entry.keys.map((key) => ({ key, article_id: entry.articleId })));
  if (keys.length > 0) {
    await tx.query(
      `INSERT INTO story_keys (key, article_id) SELECT key, article_id FROM json_to_recordset($1::json)
       AS k(key text, article_id text) ON CONFLICT (key) DO NOTHING`,
      [JSON.stringify(keys)],
    );
  }
  const prints = entries.flatMap((entry) =>
    entry.minhash ? [{ article_id: entry.articleId, minhash: entry.minhash }] : [],
  );
  if (prints.length > 0) {
    await tx.query(
      `INSERT INTO story_fingerprints (article_id, minhash)
       SELECT article_id, ARRAY(SELECT json_array_elements_text(minhash)::bigint)
       FROM json_to_recordset($1::json) AS f(article_id text, minhash json)
       ON CONFLICT (article_id) DO UPDATE SET minhash = excluded.minhash`,
      [JSON.stringify(prints)],
    );
  }
}
