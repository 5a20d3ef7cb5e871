import type { LoadCorpus } from '../api/corpus-loader';
import type { NewsReadStore, StoreHealth } from './news-store';

/** A read store with a health check: what the API handler needs from any engine. */
export interface ServedStore extends NewsReadStore {
  health(): Promise<StoreHealth>;
}

/**
 * The in-memory engine behind the NewsReadStore interface: the bundled files, indexed by the same
 * code the browser's fixture source uses. `npm run dev`, `vite preview` and static hosting use it.
 */
export function createCorpusStore(loadCorpus: LoadCorpus): ServedStore {
  return {
    async listArticles(query) {
      const { dropped: _dropped, ...page } = (await loadCorpus()).listArticles(query);
      return page;
    },
    async getArticle(id) {
      return (await loadCorpus()).getArticle(id);
    },
    async listEntities(query) {
      const { dropped: _dropped, ...list } = (await loadCorpus()).listEntities(query);
      return list;
    },
    async getEntity(id) {
      return (await loadCorpus()).getEntity(id);
    },
    async listSources() {
      return (await loadCorpus()).listSources();
    },
    async health() {
      try {
        const index = await loadCorpus();
        return { ok: true, engine: 'memory', schemaVersion: null, articleCount: index.size };
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, engine: 'memory', schemaVersion: null, articleCount: 0, detail };
      }
    },
  };
}
