import { afterEach, describe, expect, it, vi } from 'vitest';
import { withEntityDetection } from '../../src/app/entity-detection';
import type { EntityDetector } from '../../src/ingest/worker/extract-client';
import { abortError } from '../../src/news/abort';
import type { ArticleEntity } from '../../src/news/schema/article';
import { bundledCorpus, memorySource } from '../fixtures/reader';

const STORY = '2026-11-05-kihara-jonson-stockholm';
const curated = bundledCorpus().articles.find((article) => article.id === STORY);
if (!curated) throw new Error('fixture story missing');
const bare = { ...curated, entities: [] };

const DETECTED: ArticleEntity[] = [
  { id: 'minoru-kihara', name: 'Minoru Kihara', type: 'person', salience: 1, mentions: [] },
];

function fakeDetector(detect: EntityDetector['detect']) {
  return { detect: vi.fn(detect), dispose: vi.fn<() => void>() };
}

describe('withEntityDetection', () => {
  afterEach(() => vi.restoreAllMocks());

  it('adds detected entities to a story sent without any, and marks them as detected', async () => {
    const detector = fakeDetector(() => Promise.resolve(DETECTED));
    const source = withEntityDetection(memorySource([bare]), detector);
    const story = await source.getArticle(STORY);
    expect(story.entities).toEqual(DETECTED);
    expect(story.entitiesDetected).toBe(true);
    expect(story.body).toEqual(curated.body);
    expect(detector.detect).toHaveBeenCalledWith(expect.objectContaining({ id: STORY, body: curated.body }), undefined);
  });

  it('leaves a story that names its entities untouched', async () => {
    const detector = fakeDetector(() => Promise.resolve(DETECTED));
    const story = await withEntityDetection(memorySource([curated]), detector).getArticle(STORY);
    expect(story).toEqual(curated);
    expect(story.entitiesDetected).toBeUndefined();
    expect(detector.detect).not.toHaveBeenCalled();
  });

  it('leaves a story without a body alone', async () => {
    const detector = fakeDetector(() => Promise.resolve(DETECTED));
    const empty = { ...bare, body: [] };
    await expect(withEntityDetection(memorySource([empty]), detector).getArticle(STORY)).resolves.toEqual(empty);
    expect(detector.detect).not.toHaveBeenCalled();
  });

  it('shows the story as sent when detection fails, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const detector = fakeDetector(() => Promise.reject(new Error('worker crashed')));
    const story = await withEntityDetection(memorySource([bare]), detector).getArticle(STORY);
    expect(story).toEqual(bare);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(STORY), expect.any(Error));
  });

  it('passes an abort on rather than hiding it', async () => {
    const controller = new AbortController();
    const detector = fakeDetector(() => {
      controller.abort();
      return Promise.reject(abortError());
    });
    const source = withEntityDetection(memorySource([bare]), detector);
    await expect(source.getArticle(STORY, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('disposes the detector with the source, and passes lists and entities straight through', async () => {
    const detector = fakeDetector(() => Promise.resolve(DETECTED));
    const inner = memorySource([curated]);
    const source = withEntityDetection(inner, detector);
    expect(source.kind).toBe(inner.kind);
    expect((await source.listArticles({})).items.map((item) => item.id)).toEqual([STORY]);
    expect((await source.getEntity('minoru-kihara')).name).toBe('Minoru Kihara');
    source.dispose?.();
    expect(detector.dispose).toHaveBeenCalledTimes(1);
  });
});
