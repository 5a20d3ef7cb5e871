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
 * Newest first by (time, id), continuing after the cursor's key rather than at an offset, so the
 * next page is right even after newer stories arrived or the cursor's own story was deleted.
 */
export async function listArticles(db: SqlExecutor, query: ArticleQuery): Promise<Omit<ArticlePage, 'dropped'>> {
  const limit = clamp(query.limit ?? DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const params = createParams();
  const hits = searchMatches(query.q, params);
  const { rows, total } = hits
    ? await searchPage(db, { query, hits, params }, limit, cursor)
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
    db.query<PageRow>(pageSql(conditions, limit, params), params.values),
    db.query<{ total: number }>(countSql, countParams.values),
  ]);
  return { rows, total: counted[0]?.total ?? 0 };
}

/**
 * With query words: the matching ids are found once (a materialized CTE over article_search) and
 * serve both the count and the page. With no other filter the count reads only those ids, never
 * articles; the page joins them to articles to order and cut.
 */
async function searchPage(db: SqlExecutor, search: Search, limit: number, cursor: CursorKey | undefined) {
  const { query, hits, params } = search;
  const filters = articleConditions(query, params);
  const matching = ['a.id IN (SELECT id FROM hits)', ...filters];
  const countFrom = filters.length > 0 ? `articles a ${whereClause(matching)}` : 'hits';
  const page = pageSql([...matching, ...cursorConditions(cursor, params)], limit, params);
  // The count's row comes back even when the page is empty; then its page columns are null.
  const rows = await db.query<PageRow & { total: number }>(
    `WITH hits AS MATERIALIZED (${hits})
    SELECT c.total, p.id, p.published_ms, p.summary
    FROM (SELECT count(*)::int AS total FROM ${countFrom}) c LEFT JOIN (${page}) p ON true
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

/** The page is chosen on the narrow table; only its rows fetch their feed cards. */
function pageSql(conditions: readonly string[], limit: number, params: SqlParams): string {
  return `SELECT p.id, p.published_ms, t.summary FROM (
      SELECT a.id, a.published_ms FROM articles a ${whereClause(conditions)}
      ORDER BY a.published_ms DESC, a.id LIMIT ${params.add(limit + 1)}
    ) p JOIN article_texts t ON t.id = p.id
    ORDER BY p.published_ms DESC, p.id`;
}

export async function getArticle(db: SqlExecutor, id: string): Promise<Article> {
  const [row] = await db.query<{ doc: Article }>('SELECT doc FROM article_texts WHERE id = $1', [id]);
  if (!row) throw new NewsError('not-found', `There is no story with the id '${id}'.`, { status: 404 });
  return row.doc;
}
