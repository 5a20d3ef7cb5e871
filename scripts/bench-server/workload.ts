import { queryTerms } from '../../src/news/engine/fold';
import type { NewsStore } from '../../src/news/store/news-store';
import type { SyntheticCorpus } from '../synthetic/generate';

export interface Workload {
  name: string;
  /** The i-th request of this kind: the inputs cycle so caches do not answer every one. */
  run: (store: NewsStore, i: number) => Promise<unknown>;
}

/**
 * The reads a reader makes most, over inputs drawn from the corpus itself: the most-mentioned
 * entities (the heaviest pages), people's surnames as search words, and pairs that co-occur.
 */
export function workloads(corpus: SyntheticCorpus): Workload[] {
  const top = corpus.entities.slice(0, 200).map((entity) => entity.id);
  // Surnames of people mentioned a middling number of times: what a reader types into search.
  const people = corpus.entities.filter((entity) => entity.type === 'person');
  const middle = Math.floor(people.length / 2);
  const words = people.slice(middle, middle + 200).map((entity) => queryTerms(entity.name).at(-1) ?? entity.id);
  const step = Math.max(1, Math.floor(corpus.articles.length / 200));
  const pairs = Array.from({ length: 200 }, (_, i) => corpus.articles[i * step]?.entities.slice(0, 2) ?? [])
    .filter((pair) => pair.length === 2)
    .map((pair) => pair.map((entity) => entity.id));
  const at = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

  return [
    { name: 'first feed page', run: (store) => store.listArticles({}) },
    { name: 'feed entity sidebar', run: (store) => store.listEntities({}) },
    { name: 'search (one word)', run: (store, i) => store.listArticles({ q: at(words, i) }) },
    { name: 'search (name + common word)', run: (store, i) => store.listArticles({ q: `${at(words, i)} talks` }) },
    // A word in a quarter of all stories: the exact total means rechecking every one of them.
    { name: 'search (common word "summit")', run: (store) => store.listArticles({ q: 'summit' }) },
    { name: 'two-entity AND filter', run: (store, i) => store.listArticles({ entities: at(pairs, i) }) },
    {
      name: 'entity page (record + stories)',
      run: (store, i) => Promise.all([store.getEntity(at(top, i)), store.listArticles({ entities: [at(top, i)] })]),
    },
    { name: 'entity co-occurrence', run: (store, i) => store.listEntities({ entities: [at(top, i)] }) },
    {
      name: 'source filter',
      run: (store, i) => store.listArticles({ source: at(['synthetic-wire', 'test-ledger'], i) }),
    },
  ];
}
