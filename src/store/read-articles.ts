import { NewsError } from '../news/errors';
import { decodeCursor, encodeCursor, type CursorKey } from '../news/engine/cursor';
import { clamp } from '../news/engine/ranking';
import type { Article, ArticleSummary } from '../news/schema/article';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ArticlePage, type ArticleQuery } from '../news/source';
import type { SqlExecutor } from './driver/driver';
import { articleConditions, searchMatches, whereClause, type StoryFilter } from './article-filter';
import { createParams, type SqlParams } from './sql-params';

interface PageRow {
  id: string;
  published_ms: number;
  summary: ArticleSummary;
}

/**
 * Below this many stories holding the query words, a search page looks each one up and sorts
 * them; above it, it walks the feed newest first and keeps the stories in the (hashed) set, which
 * stops after a page. The planner cannot tell the two apart (it has no statistics for a CTE), so
 * the count, known before either runs, chooses: the other branch's one-time filter skips it.
 */
const FEW_HITS = 1_000;

/**
 * Newest first by (time, id), continuing after the cursor's key rather than at an offset, so the
 * next page is right even after newer stories arrived or the cursor's own story was deleted.
 */
export async function listArticles(
  db: SqlExecutor,
  query: ArticleQuery,
  fewHits = FEW_HITS,
): Promise<Omit<ArticlePage, 'dropped'>> {
  const limit = clamp(query.limit ?? DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const params = createParams();
  const hits = searchMatches(query.q, params);
  const { rows, total } = hits
    ? await searchPage(db, { query, hits, params, fewHits }, limit, cursor)
    : await filterPage(db, query, limit, cursor);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => row.summary),
    nextCursor: rows.length > limit && last ? encodeCursor({ time: last.published_ms, id: last.id }) : null,
    total,
  };
}

interface Search {
  query: StoryFilter;
  /** The statement selecting the ids of the stories holding every query word, over params. */
  hits: string;
  params: SqlParams;
  /** FEW_HITS, or another threshold so tests can take either branch. */
  fewHits: number;
}

/** Without query words: the page and its count as two statements over the narrow table. */
async function filterPage(db: SqlExecutor, filter: StoryFilter, limit: number, cursor: CursorKey | undefined) {
  const countParams = createParams();
  const countConditions = articleConditions(filter, countParams);
  // Unfiltered, the total is the count the triggers keep (migration 003), not a scan.
  const countSql =
    countConditions.length > 0
      ? `SELECT count(*)::int AS total FROM articles a ${whereClause(countConditions)}`
      : 'SELECT n AS total FROM article_count';
  const params = createParams();
  const conditions = [...articleConditions(filter, params), ...cursorConditions(cursor, params)];
  const [rows, counted] = await Promise.all([
    db.query<PageRow>(pageSql(pageIdsSql(conditions, limit, params)), params.values),
    db.query<{ total: number }>(countSql, countParams.values),
  ]);
  return { rows, total: counted[0]?.total ?? 0 };
}

/**
 * With query words: the matching ids are found once (a materialized CTE over article_search) and
 * serve both the count and the page, in one statement. With no other filter the count reads only
 * those ids, never articles.
 */
async function searchPage(db: SqlExecutor, search: Search, limit: number, cursor: CursorKey | undefined) {
  const { query, hits, params, fewHits } = search;
  const filters = articleConditions(query, params);
  const countFrom =
    filters.length > 0 ? `articles a ${whereClause(['a.id IN (SELECT id FROM hits)', ...filters])}` : 'hits';
  const hitCount = '(SELECT n FROM hit_count)';
  const few = pageIdsSql(
    [
      'a.id IN (SELECT id FROM hits)',
      ...filters,
      ...cursorConditions(cursor, params),
      `${hitCount} <= ${params.add(fewHits)}`,
    ],
    limit,
    params,
  );
  // IS TRUE keeps the IN a hashed subplan instead of a join, so the feed index's order serves the page.
  const many = pageIdsSql(
    [
      '(a.id IN (SELECT id FROM hits)) IS TRUE',
      ...filters,
      ...cursorConditions(cursor, params),
      `${hitCount} > ${params.add(fewHits)}`,
    ],
    limit,
    params,
  );
  // The count's row comes back even when the page is empty; then its page columns are null.
  const rows = await db.query<PageRow & { total: number }>(
    `WITH hits AS MATERIALIZED (${hits}), hit_count AS (SELECT count(*)::int AS n FROM hits)
    SELECT c.total, p.id, p.published_ms, p.summary
    FROM (SELECT count(*)::int AS total FROM ${countFrom}) c LEFT JOIN (${pageSql(`(${few}) UNION ALL (${many})`)}) p ON true
    ORDER BY p.published_ms DESC, p.id`,
    params.values,
  );
  return { rows: rows.filter((row) => row.id !== null), total: rows[0]?.total ?? 0 };
}

function cursorConditions(cursor: CursorKey | undefined, params: SqlParams): string[] {
  if (!cursor) return [];
  const time = params.add(cursor.time);
  return [`a.published_ms <= ${time}`, `(a.published_ms < ${time} OR a.id > ${params.add(cursor.id)})`];
}

/** The page is chosen on the narrow table (one more than asked: is there a next page?). */
function pageIdsSql(conditions: readonly string[], limit: number, params: SqlParams): string {
  return `SELECT a.id, a.published_ms FROM articles a ${whereClause(conditions)}
    ORDER BY a.published_ms DESC, a.id LIMIT ${params.add(limit + 1)}`;
}

/** Only the page's rows fetch their feed cards. */
function pageSql(ids: string): string {
  return `SELECT p.id, p.published_ms, t.summary FROM (${ids}) p JOIN article_texts t ON t.id = p.id
    ORDER BY p.published_ms DESC, p.id`;
}

export async function getArticle(db: SqlExecutor, id: string): Promise<Article> {
  const [row] = await db.query<{ doc: Article }>('SELECT doc FROM article_texts WHERE id = $1', [id]);
  if (!row) throw new NewsError('not-found', `There is no story with the id '${id}'.`, { status: 404 });
  return row.doc;
}
