import { NewsError } from '../news/errors';
import { decodeCursor, encodeCursor } from '../news/engine/cursor';
import { clamp } from '../news/engine/ranking';
import type { Article, ArticleSummary } from '../news/schema/article';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ArticlePage, type ArticleQuery } from '../news/source';
import type { SqlExecutor } from './driver/driver';
import { articleConditions, whereClause } from './article-filter';
import { createParams } from './sql-params';

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

  const countParams = createParams();
  const countSql = `SELECT count(*)::int AS total FROM articles a ${whereClause(articleConditions(query, countParams))}`;

  const params = createParams();
  const conditions = articleConditions(query, params);
  if (cursor) {
    const time = params.add(cursor.time);
    conditions.push(`a.published_ms <= ${time}`, `(a.published_ms < ${time} OR a.id > ${params.add(cursor.id)})`);
  }
  const pageSql = `SELECT a.id, a.published_ms, a.summary FROM articles a ${whereClause(conditions)}
    ORDER BY a.published_ms DESC, a.id LIMIT ${params.add(limit + 1)}`;

  const [rows, counted] = await Promise.all([
    db.query<PageRow>(pageSql, params.values),
    db.query<{ total: number }>(countSql, countParams.values),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => row.summary),
    nextCursor: rows.length > limit && last ? encodeCursor({ time: last.published_ms, id: last.id }) : null,
    total: counted[0]?.total ?? 0,
  };
}

export async function getArticle(db: SqlExecutor, id: string): Promise<Article> {
  const [row] = await db.query<{ doc: Article }>('SELECT doc FROM articles WHERE id = $1', [id]);
  if (!row) throw new NewsError('not-found', `There is no story with the id '${id}'.`, { status: 404 });
  return row.doc;
}
