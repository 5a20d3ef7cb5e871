import type { ArticlePage, ArticleQuery, NewsSource } from './source';

/**
 * How many empty pages in a row one request for a page may skip. Enough to get past a run of
 * stories nobody can read; few enough that a backend serving empty pages forever costs a bounded
 * number of requests before the reader is asked whether to keep looking.
 */
export const MAX_SKIPPED_PAGES = 4;

/**
 * One page of the list, or the first page after it with something to show: a page whose every
 * story was refused would otherwise end the list, and the stories behind it would never be asked
 * for. What was skipped is kept in the answer (dropped, repaired, skippedPages), never hidden.
 * The answer is empty with a nextCursor only when the limit was reached.
 */
export async function listArticlesSkippingEmpty(
  source: NewsSource,
  query: ArticleQuery,
  signal?: AbortSignal,
  maxSkipped = MAX_SKIPPED_PAGES,
): Promise<ArticlePage> {
  const first = await source.listArticles(query, signal);
  let page = first;
  const dropped = [...first.dropped];
  const repaired = [...(first.repaired ?? [])];
  let skippedPages = 0;
  const seen = new Set([query.cursor ?? null]);
  while (page.items.length === 0 && page.nextCursor !== null && skippedPages < maxSkipped) {
    // A cursor that leads back to a page already read would loop; the list ends there instead.
    if (seen.has(page.nextCursor))
      return { ...page, nextCursor: null, total: first.total, dropped, repaired, skippedPages };
    seen.add(page.nextCursor);
    page = await source.listArticles({ ...query, cursor: page.nextCursor }, signal);
    skippedPages += 1;
    dropped.push(...page.dropped);
    repaired.push(...(page.repaired ?? []));
  }
  return { ...page, total: first.total, dropped, repaired, skippedPages };
}
