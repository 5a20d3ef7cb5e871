import { describe, expect, it } from 'vitest';
import { createCorpusIndex } from '../../src/news/engine/corpus-index';
import { createMemoryStore } from '../../src/news/store/memory-store';
import { bundledCorpus } from './contract-corpus';
import { describeStoreContract } from './store-contract';

describeStoreContract('memory', () => Promise.resolve({ store: createMemoryStore() }));

describe('memory store seeded with the bundled corpus', () => {
  it('serves what the dev API serves from the files today', async () => {
    const corpus = bundledCorpus();
    const store = createMemoryStore();
    const report = await store.seedOnce(corpus);
    expect(report).toMatchObject({ seeded: true, refused: [] });
    expect((await store.seedOnce(corpus)).seeded).toBe(false);
    const files = createCorpusIndex(corpus.articles, corpus.entities);
    for (const entity of corpus.entities) expect(await store.getEntity(entity.id)).toEqual(files.getEntity(entity.id));
    expect(await store.listEntities({ limit: 200 })).toEqual({ items: files.listEntities({ limit: 200 }).items });
  });
});
