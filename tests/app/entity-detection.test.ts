import { afterEach, describe, expect, it, vi } from 'vitest';
import { withEntityDetection } from '../../src/app/entity-detection';
import type { EntityDetector } from '../../src/ingest/worker/extract-client';
import type { Article, ArticleEntity } from '../../src/news/schema/article';
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

/** Resolves with the first story the source improves (later ones are ignored by the promise). */
function nextUpdate(source: ReturnType<typeof withEntityDetection>): Promise<Article> {
  return new Promise((resolve) => {
    source.onStoryUpdate?.(resolve);
  });
}

describe('withEntityDetection', () => {
  afterEach(() => vi.restoreAllMocks());

  it('returns a story sent without entities at once, then delivers it with detected entities', async () => {
    const detector = fakeDetector(() => Promise.resolve(DETECTED));
    const source = withEntityDetection(memorySource([bare]), detector);
    const update = nextUpdate(source);
    const first = await source.getArticle(STORY);
    expect(first.entities).toEqual([]);
    const improved = await update;
    expect(improved.entities).toEqual(DETECTED);
    expect(improved.entitiesDetected).toBe(true);
    expect(improved.body).toEqual(curated.body);
    expect(detector.detect).toHaveBeenCalledWith(expect.objectContaining({ id: STORY, body: curated.body }));
    // Asked again (a refetch), the story comes back with what was detected, without a second run.
    expect((await source.getArticle(STORY)).entities).toEqual(DETECTED);
    expect(detector.detect).toHaveBeenCalledTimes(1);
  });

  it('replays a finished detection to a reader that subscribes late', async () => {
    const detector = fakeDetector(() => Promise.resolve(DETECTED));
    const source = withEntityDetection(memorySource([bare]), detector);
    await source.getArticle(STORY);
    await vi.waitFor(async () => expect((await source.getArticle(STORY)).entitiesDetected).toBe(true));
    expect((await nextUpdate(source)).entitiesDetected).toBe(true);
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

  it('keeps the story as sent when detection fails, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const detector = fakeDetector(() => Promise.reject(new Error('worker crashed')));
    const source = withEntityDetection(memorySource([bare]), detector);
    const listener = vi.fn();
    source.onStoryUpdate?.(listener);
    expect(await source.getArticle(STORY)).toEqual(bare);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining(STORY), expect.any(Error)));
    expect(listener).not.toHaveBeenCalled();
  });

  it('disposes the detector with the source, and passes lists, entities and sources straight through', async () => {
    const detector = fakeDetector(() => Promise.resolve(DETECTED));
    const inner = memorySource([curated]);
    const source = withEntityDetection(inner, detector);
    expect(source.kind).toBe(inner.kind);
    expect((await source.listArticles({})).items.map((item) => item.id)).toEqual([STORY]);
    expect((await source.getEntity('minoru-kihara')).name).toBe('Minoru Kihara');
    expect((await source.listSources?.())?.items).toEqual((await inner.listSources?.())?.items);
    expect((await source.listSources?.())?.items.length).toBeGreaterThan(0);
    source.dispose?.();
    expect(detector.dispose).toHaveBeenCalledTimes(1);
  });
});
