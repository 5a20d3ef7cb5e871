import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Article } from '../../news/schema/article';
import type { NewsStore, UpsertReport } from '../../news/store/news-store';
import type { SourceStore } from '../../news/store/source-store';

type KeyEntry = Parameters<SourceStore['rememberStories']>[0][number];

/**
 * Stories per write transaction. The embedded store is one connection: a read that arrives during
 * a write waits for its transaction, so a source's batch is written a few stories at a time.
 */
export const STORIES_PER_WRITE = 10;

/**
 * Writes a fetch's stories in turns of `perWrite`: each turn is one upsert (its stories stored
 * whole, or not at all), then the keys of the stories it wrote, then a turn of the event loop so
 * the requests waiting on the store go first. A crash mid-batch leaves the turns before it stored
 * and remembered, and none of the rest: never half a story, never keys without their story.
 * `remembered[i]` holds the keys of `articles[i]`.
 */
export async function writeInTurns(
  store: Pick<NewsStore, 'upsertArticles'> & Pick<SourceStore, 'rememberStories'>,
  articles: readonly Article[],
  remembered: readonly KeyEntry[],
  perWrite = STORIES_PER_WRITE,
): Promise<UpsertReport> {
  const total: UpsertReport = { written: [], repaired: [], refused: [] };
  for (let start = 0; start < articles.length; start += perWrite) {
    if (start > 0) await nextTurn();
    const report = await store.upsertArticles(articles.slice(start, start + perWrite));
    total.written.push(...report.written);
    total.repaired.push(...report.repaired);
    total.refused.push(...report.refused);
    const written = new Set(report.written);
    const keys = remembered.slice(start, start + perWrite).filter((entry) => written.has(entry.articleId));
    if (keys.length > 0) await store.rememberStories(keys);
  }
  return total;
}
