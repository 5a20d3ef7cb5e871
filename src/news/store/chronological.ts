import type { Article } from '../schema/article';

/**
 * Oldest first, equal times by id (code units): the order entity records are aggregated in, so
 * "first seen", "last seen" and the latest role agree between the memory and SQL stores.
 */
export function chronological(a: Article, b: Article): number {
  const time = Date.parse(a.publishedAt) - Date.parse(b.publishedAt);
  if (time !== 0) return time;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
