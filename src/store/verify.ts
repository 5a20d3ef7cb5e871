import { isDeepStrictEqual } from 'node:util';
import { buildEntityRecords } from '../news/engine/entity-records';
import type { Article } from '../news/schema/article';
import { chronological } from '../news/store/chronological';
import { checkStory } from '../news/store/story-validation';
import type { SqlExecutor } from './driver/driver';
import { articleEntityRows, articleRow, articleSearchRow, articleTextRow } from './story-rows';

interface StoredArticle {
  id: string;
  source_id: string;
  published_ms: number;
  topics_folded: string[];
  words: string;
  entity_ids: string[];
  summary: unknown;
  doc: Article;
}

interface StoredEntity {
  id: string;
  name: string | null;
  type: string | null;
  role: string | null;
  article_count: number;
  first_seen: string | null;
  last_seen: string | null;
}

/**
 * Reads everything back and recomputes it: each story must still pass validation, its derived
 * columns and entity links must be the ones its document gives, and each entity record must be
 * what buildEntityRecords makes of all stories. Returns the problems found (none: consistent).
 * It loads the whole store, so it is a check to run after a crash or in tests, not per request.
 */
export async function verifyStore(db: SqlExecutor): Promise<string[]> {
  const problems: string[] = [];
  const articles = await db.query<StoredArticle>(
    `SELECT a.id, a.source_id, a.published_ms, a.topics_folded, a.entity_ids, s.words, t.summary, t.doc
     FROM articles a LEFT JOIN article_texts t ON t.id = a.id LEFT JOIN article_search s ON s.id = a.id`,
  );
  const links = await db.query<Record<string, unknown>>(
    `SELECT article_id, entity_id, published_ms, published_at, name, type, role, salience, mention_count
     FROM article_entities ORDER BY article_id, entity_id`,
  );
  const linksByArticle = new Map<string, Record<string, unknown>[]>();
  for (const row of links) {
    const id = String(row.article_id);
    linksByArticle.set(id, [...(linksByArticle.get(id) ?? []), row]);
  }
  for (const stored of articles) {
    // What the store wrote it repaired already: reading it again must change nothing.
    const checked = checkStory(stored.doc);
    if (!checked.ok || checked.repairs.length > 0) {
      const why = checked.ok ? checked.repairs : [checked];
      problems.push(`story '${stored.id}' no longer validates: ${why.map((r) => `${r.field} ${r.reason}`).join('; ')}`);
      continue;
    }
    const row = { ...articleRow(checked.value), ...articleTextRow(checked.value), ...articleSearchRow(checked.value) };
    const { doc: _doc, ...columns } = row;
    const { doc: _storedDoc, ...storedColumns } = stored;
    if (!isDeepStrictEqual(plain(columns), plain(storedColumns))) {
      problems.push(`story '${stored.id}': its columns do not match its document`);
    }
    const expected = articleEntityRows(checked.value).sort((a, b) => (a.entity_id < b.entity_id ? -1 : 1));
    if (!isDeepStrictEqual(plain(expected), plain(linksByArticle.get(stored.id) ?? []))) {
      problems.push(`story '${stored.id}': its entity links do not match its entities`);
    }
    linksByArticle.delete(stored.id);
  }
  for (const id of linksByArticle.keys()) problems.push(`entity links point at a missing story '${id}'`);
  problems.push(
    ...(await entityProblems(
      db,
      articles.map((row) => row.doc),
    )),
  );
  return problems;
}

async function entityProblems(db: SqlExecutor, articles: Article[]): Promise<string[]> {
  const expected = new Map(buildEntityRecords([...articles].sort(chronological), []).map((e) => [e.id, e]));
  const stored = await db.query<StoredEntity>(
    'SELECT id, name, type, role, article_count, first_seen, last_seen FROM entities WHERE article_count > 0',
  );
  const problems: string[] = [];
  for (const row of stored) {
    const record = expected.get(row.id);
    const derived = record && {
      id: record.id,
      name: record.name,
      type: record.type,
      role: record.role ?? null,
      article_count: record.articleCount,
      first_seen: record.firstSeen,
      last_seen: record.lastSeen,
    };
    if (!isDeepStrictEqual(derived, row)) problems.push(`entity '${row.id}' does not match its stories`);
    expected.delete(row.id);
  }
  for (const id of expected.keys()) problems.push(`entity '${id}' has stories but no record`);
  return problems;
}

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
