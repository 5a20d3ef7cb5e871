import { publishedTime } from './published-time';
import { MAX_PAGE_SIZE, type ArticlePage, type ArticleQuery, type NewsSource } from './source';

/**
 * Stories mentioning any of `ids` (the API's entity filter means all of them). Asks once per id,
 * the newest page of each (at most MAX_PAGE_SIZE stories), and merges the answers newest first;
 * the result is a single, final page. An empty list of ids matches nothing.
 */
export async function listArticlesMentioningAny(
  source: NewsSource,
  ids: readonly string[],
  query: Omit<ArticleQuery, 'cursor' | 'limit'>,
  signal?: AbortSignal,
): Promise<ArticlePage> {
  const pages = await Promise.all(
    ids.map((id) =>
      source.listArticles({ ...query, entities: [...(query.entities ?? []), id], limit: MAX_PAGE_SIZE }, signal),
    ),
  );
  const byId = new Map(pages.flatMap((page) => page.items).map((story) => [story.id, story]));
  const items = [...byId.values()].sort((a, b) => publishedTime(b.publishedAt) - publishedTime(a.publishedAt));
  const dropped = [...new Map(pages.flatMap((page) => page.dropped).map((item) => [item.label, item])).values()];
  const repaired = [
    ...new Map(pages.flatMap((page) => page.repaired ?? []).map((item) => [item.label, item])).values(),
  ];
  return { items, nextCursor: null, total: items.length, dropped, repaired };
}
