import { createCorpusIndex, type CorpusIndex } from '../engine/corpus-index';
import { buildEntityRecords } from '../engine/entity-records';
import type { Article } from '../schema/article';
import { chronological } from './chronological';
import type { NewsStore, SeedCorpus, SeedReport, UpsertReport } from './news-store';
import { checkEntityRecord, type CuratedEntity } from './entity-record-validation';
import { checkBatch, checkStory } from './story-validation';

/**
 * The bundled-files store: stories in a Map, the shared corpus index rebuilt after each write.
 * It is what `npm run dev` and tests run on, and the reference the SQL store must agree with.
 */
export function createMemoryStore(): NewsStore {
  const stories = new Map<string, Article>();
  const curated = new Map<string, CuratedEntity>();
  let index: CorpusIndex | undefined;
  let seeded = false;

  function current(): CorpusIndex {
    if (!index) {
      const ordered = [...stories.values()].sort(chronological);
      index = createCorpusIndex(ordered, buildEntityRecords(ordered, [...curated.values()]));
    }
    return index;
  }

  function withoutDropped<T extends { dropped: unknown }>({ dropped: _dropped, ...rest }: T): Omit<T, 'dropped'> {
    return rest;
  }

  const store: NewsStore = {
    listArticles: (query) => Promise.resolve().then(() => withoutDropped(current().listArticles(query))),
    getArticle: (id) => Promise.resolve().then(() => current().getArticle(id)),
    listEntities: (query) => Promise.resolve().then(() => withoutDropped(current().listEntities(query))),
    getEntity: (id) => Promise.resolve().then(() => current().getEntity(id)),
    listSources: () => Promise.resolve().then(() => current().listSources()),

    upsertArticles(inputs) {
      const { accepted, repaired, refused } = checkBatch(inputs, checkStory);
      for (const [id, article] of accepted) stories.set(id, article);
      if (accepted.size > 0) index = undefined;
      return Promise.resolve({ written: [...accepted.keys()], repaired, refused });
    },

    upsertEntities(inputs) {
      const { accepted, repaired, refused } = checkBatch(inputs, checkEntityRecord);
      for (const [id, record] of accepted) curated.set(id, record);
      if (accepted.size > 0) index = undefined;
      return Promise.resolve({ written: [...accepted.keys()], repaired, refused });
    },

    async seedOnce(corpus: SeedCorpus): Promise<SeedReport> {
      if (seeded) return { seeded: false, written: [], repaired: [], refused: [] };
      seeded = true;
      const entities = await store.upsertEntities(corpus.entities);
      const articles: UpsertReport = await store.upsertArticles(corpus.articles);
      return {
        seeded: true,
        written: articles.written,
        repaired: [...entities.repaired, ...articles.repaired],
        refused: [...entities.refused, ...articles.refused],
      };
    },

    deleteArticle(id) {
      const existed = stories.delete(id);
      if (existed) index = undefined;
      return Promise.resolve(existed);
    },

    health: () => Promise.resolve({ ok: true, engine: 'memory', schemaVersion: null, articleCount: stories.size }),
    close: () => Promise.resolve(),
  };
  return store;
}
