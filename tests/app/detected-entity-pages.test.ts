import { describe, expect, it, vi } from 'vitest';
import { withEntityDetection } from '../../src/app/entity-detection';
import { buildEntityRecords } from '../../src/news/engine/entity-records';
import { NewsError } from '../../src/news/errors';
import type { Article } from '../../src/news/schema/article';
import { bundledCorpus, memorySource } from '../fixtures/reader';

const STORY = '2026-11-05-kihara-jonson-stockholm';
const curated = bundledCorpus().articles.find((article) => article.id === STORY);
if (!curated) throw new Error('fixture story missing');
// The backend sends the story bare; the detector finds what the curated file lists.
const bare: Article = { ...curated, entities: [] };
const OTHER: Article = { ...curated, id: 'other-story', title: 'Another story', entities: [] };

/** A reader's source over a backend that knows the stories but none of their entities, after one detection. */
async function afterDetection(backend = memorySource([bare, OTHER])) {
  const detector = { detect: vi.fn(() => Promise.resolve(curated?.entities ?? [])), dispose: vi.fn() };
  const source = withEntityDetection(backend, detector);
  const improved = new Promise<void>((resolve) => source.onStoryUpdate?.(() => resolve()));
  await source.getArticle(STORY);
  await improved;
  return source;
}

describe('withEntityDetection: pages of detected entities', () => {
  it('answers a not-found entity that was detected with a record built from the detected stories', async () => {
    const source = await afterDetection();
    const entity = await source.getEntity('minoru-kihara');
    expect(entity).toMatchObject({
      id: 'minoru-kihara',
      name: 'Minoru Kihara',
      type: 'person',
      articleCount: 1,
      firstSeen: curated.publishedAt,
      lastSeen: curated.publishedAt,
      description: expect.stringContaining('Found automatically'),
    });
    // Other forms the story's mentions use become aliases; entities met in the same story are related.
    expect(entity.aliases).toContain('Kihara');
    expect(entity.related.map((related) => related.id)).toContain('pal-jonson');
  });

  it('lists the detected stories for such an entity, and only those mentioning it', async () => {
    const source = await afterDetection();
    const page = await source.listArticles({ entities: ['minoru-kihara'] });
    expect(page.total).toBe(1);
    expect(page.items.map((item) => item.id)).toEqual([STORY]);
    expect(page.items[0]?.entities.map((entity) => entity.id)).toContain('minoru-kihara');
    // Without an entity filter, or for an entity never detected, the backend answers as before.
    expect((await source.listArticles({})).total).toBe(2);
    expect((await source.listArticles({ entities: ['nobody'] })).total).toBe(0);
  });

  it('still reports not-found for an entity nobody detected', async () => {
    const source = await afterDetection();
    await expect(source.getEntity('nobody')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('prefers what the backend knows, and passes on errors other than not-found', async () => {
    const known = buildEntityRecords([curated], []);
    const source = await afterDetection(memorySource([bare], known));
    const entity = await source.getEntity('minoru-kihara');
    expect(entity.description).toBeUndefined();
    expect(entity).toEqual(known.find((record) => record.id === 'minoru-kihara'));

    const failing = await afterDetection(
      memorySource([bare], undefined, {
        getEntity: () => Promise.reject(new NewsError('network', 'The news service could not be reached.')),
        listArticles: () => Promise.reject(new NewsError('timeout', 'The news service took too long.')),
      }),
    );
    await expect(failing.getEntity('minoru-kihara')).rejects.toMatchObject({ kind: 'network' });
    await expect(failing.listArticles({ entities: ['minoru-kihara'] })).rejects.toMatchObject({ kind: 'timeout' });
  });
});
