import { createMemoryStore } from '../../src/news/store/memory-store';
import type { NewsStore } from '../../src/news/store/news-store';
import { fixtureArticles, fixtureEntities } from '../news/api/fixture-corpus';

/** The in-memory NewsStore holding the fixture corpus, so the server's tests need no database. */
export async function createTestStore(): Promise<NewsStore> {
  const store = createMemoryStore();
  const report = await store.seedOnce({ articles: fixtureArticles(), entities: fixtureEntities() });
  if (report.refused.length > 0) throw new Error(`the fixture corpus was refused: ${JSON.stringify(report.refused)}`);
  return store;
}
