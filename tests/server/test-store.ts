import * as v from 'valibot';
import { describeIssues } from '../../src/news/describe-issues';
import { createCorpusIndex, type CorpusIndex } from '../../src/news/engine/corpus-index';
import { buildEntityRecords } from '../../src/news/engine/entity-records';
import { ArticleSchema, type Article } from '../../src/news/schema/article';
import { createCorpusStore } from '../../src/news/store/corpus-store';
import type { NewsStore } from '../../src/news/store/news-store';
import { fixtureArticles, fixtureEntities } from '../news/api/fixture-corpus';

export interface TestStore extends NewsStore {
  readonly closed: boolean;
}

/** A writable NewsStore over the in-memory engine, so the server's tests need no database. */
export function createTestStore(initial: Article[] = fixtureArticles()): TestStore {
  const stories = new Map(initial.map((article) => [article.id, article]));
  const catalog = fixtureEntities(initial);
  let index: CorpusIndex = createCorpusIndex(initial, catalog);
  let closed = false;
  const reindex = () => {
    const articles = [...stories.values()];
    index = createCorpusIndex(articles, buildEntityRecords(articles, catalog));
  };
  const reads = createCorpusStore(() => Promise.resolve(index));
  return {
    ...reads,
    get closed() {
      return closed;
    },
    upsertArticles(candidates) {
      const report = { written: [] as string[], refused: [] as { id: string | null; reason: string }[] };
      for (const candidate of candidates) {
        const parsed = v.safeParse(ArticleSchema, candidate);
        if (!parsed.success) {
          const id = (candidate as { id?: unknown } | null)?.id;
          report.refused.push({ id: typeof id === 'string' ? id : null, reason: describeIssues(parsed.issues) });
          continue;
        }
        stories.set(parsed.output.id, parsed.output);
        report.written.push(parsed.output.id);
      }
      reindex();
      return Promise.resolve(report);
    },
    deleteArticle(id) {
      const existed = stories.delete(id);
      reindex();
      return Promise.resolve(existed);
    },
    close() {
      closed = true;
      return Promise.resolve();
    },
  };
}
