import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { corpusDataFiles } from '../../scripts/corpus-files';
import { isAbortError } from '../../src/news/abort';
import { createCorpusIndex } from '../../src/news/engine/corpus-index';
import { buildEntityRecords } from '../../src/news/engine/entity-records';
import { createFixtureSource } from '../../src/news/fixture-source';
import type { ArticleQuery, EntityQuery } from '../../src/news/source';
import { bundledCorpus } from '../fixtures/reader';
import { makeArticle } from '../fixtures/articles';

const DATA = 'https://lede.example/app/data/';
const good = makeArticle({ id: 'good', image: { url: 'images/a.svg', alt: 'A' } }, ['Pål Jonson']);

/** A static host over the files `npm run corpus` would write (path under data/ -> body). */
function serve(files: ReadonlyMap<string, string>, missing: 'html' | '404' = '404') {
  return vi.fn((input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : input.toString();
    const body = files.get(url.replace(/^.*?\/data\//, ''));
    if (body !== undefined)
      return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
    if (missing === 'html')
      return Promise.resolve(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }));
    return Promise.resolve(new Response('missing', { status: 404 }));
  });
}

const requested = (fetch: ReturnType<typeof serve>) =>
  fetch.mock.calls.map(([input]) =>
    (input instanceof Request ? input.url : input.toString()).replace(/^.*?\/data\//, ''),
  );

describe('createFixtureSource', () => {
  it('answers the first feed screen (stories and who is in them) from the first page alone', async () => {
    const fetch = serve(corpusDataFiles([good], buildEntityRecords([good], [])));
    const source = createFixtureSource({ dataUrl: DATA, fetch });
    const page = await source.listArticles({ limit: 20 });
    const ranking = await source.listEntities({ limit: 12 });
    expect(page).toMatchObject({ total: 1, nextCursor: null, dropped: [] });
    expect(page.items[0]?.image?.url).toBe('https://lede.example/app/data/images/a.svg');
    expect(ranking.items.map((e) => e.id)).toEqual(['pal-jonson']);
    expect(requested(fetch)).toEqual(['first-page.json']);
  });

  it('reads a story or an entity from its own file, and nothing else', async () => {
    const fetch = serve(corpusDataFiles([good], buildEntityRecords([good], [])));
    const source = createFixtureSource({ dataUrl: 'https://lede.example/app/data', fetch });
    expect((await source.getArticle('good')).image?.url).toBe('https://lede.example/app/data/images/a.svg');
    expect((await source.getEntity('pal-jonson')).articleCount).toBe(1);
    expect(requested(fetch)).toEqual(['stories/good.json', 'entities/pal-jonson.json']);
  });

  it('says not found for a missing story or entity, whether the host answers 404 or its HTML page', async () => {
    for (const missing of ['404', 'html'] as const) {
      const source = createFixtureSource({ dataUrl: DATA, fetch: serve(new Map(), missing) });
      await expect(source.getArticle('nobody')).rejects.toMatchObject({ kind: 'not-found' });
      await expect(source.getEntity('nobody')).rejects.toMatchObject({ kind: 'not-found' });
    }
  });

  it('gives the same answers as the whole corpus in memory, loading the search index only when asked', async () => {
    const { articles, entities } = bundledCorpus();
    const index = createCorpusIndex(articles, entities);
    const fetch = serve(corpusDataFiles(articles, entities));
    const source = createFixtureSource({ dataUrl: DATA, fetch });
    const lead = articles[0];
    if (!lead) throw new Error('the bundled corpus is empty');
    await source.listArticles({});
    expect(requested(fetch)).toEqual(['first-page.json']);
    const noImage = <T extends { items: { image?: unknown }[] }>(page: T) =>
      page.items.map(({ image: _image, ...rest }) => rest);
    const articleQueries: ArticleQuery[] = [
      {},
      { limit: 7 },
      { q: ' , ' },
      { q: 'pal jonson' },
      { q: 'KIHARA stockholm' },
      { entities: [lead.entities[0]?.id ?? ''] },
      { source: lead.source.id },
      { topic: lead.topics[0] },
      { limit: 25 },
    ];
    for (const query of articleQueries) {
      const expected = index.listArticles(query);
      const got = await source.listArticles(query);
      expect(noImage(got), JSON.stringify(query)).toEqual(noImage(expected));
      expect(got.nextCursor).toBe(expected.nextCursor);
      expect(got.total).toBe(expected.total);
      if (expected.nextCursor) {
        const next = { ...query, cursor: expected.nextCursor };
        expect(noImage(await source.listArticles(next))).toEqual(noImage(index.listArticles(next)));
      }
    }
    const entityQueries: EntityQuery[] = [{}, { limit: 12 }, { limit: 50 }, { type: 'place' }, { q: 'kih' }];
    for (const query of entityQueries) {
      expect(await source.listEntities(query), JSON.stringify(query)).toEqual(index.listEntities(query));
    }
    expect(requested(fetch)).toEqual(['first-page.json', 'search-index.json']);
  });

  it('drops a broken story from the first page and says so', async () => {
    const files = corpusDataFiles([good], []);
    const first = JSON.parse(files.get('first-page.json') ?? '{}') as { stories: { publishedAt: string }[] };
    files.set(
      'first-page.json',
      JSON.stringify({
        ...first,
        stories: [...first.stories, { ...first.stories[0], id: 'broken', publishedAt: 'yesterday' }],
      }),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const page = await createFixtureSource({ dataUrl: DATA, fetch: serve(files) }).listArticles({});
    expect(page.items.map((item) => item.id)).toEqual(['good']);
    expect(page.dropped).toEqual([{ label: "article 'broken'", reason: expect.stringMatching(/^publishedAt /) }]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("article 'broken'"));
  });

  it('lists the corpus’s publishers as bundled sources', async () => {
    const files = corpusDataFiles([good], buildEntityRecords([good], []));
    const source = createFixtureSource({ dataUrl: DATA, fetch: serve(files) });
    const { items } = await source.listSources();
    expect(items).toEqual([
      expect.objectContaining({ id: good.source.id, name: good.source.name, url: null, status: 'bundled' }),
    ]);
    expect(items[0]?.health.itemsSeen).toBe(1);
  });

  it('explains a missing or corrupt file, and tries again on the next call', async () => {
    const fetch = serve(new Map([['first-page.json', '{"total": 1, "stories": [']]));
    const source = createFixtureSource({ dataUrl: DATA, fetch });
    await expect(source.listArticles({})).rejects.toThrow(
      /first-page.json is not valid JSON; rebuild it with npm run corpus/,
    );
    await expect(
      createFixtureSource({ dataUrl: DATA, fetch: serve(new Map()) }).listArticles({ q: 'x' }),
    ).rejects.toThrow(/search-index.json answered 404/);
    await expect(source.listArticles({})).rejects.toThrow(/not valid JSON/);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('rejects with an AbortError, not a failure, when the reader has moved on', async () => {
    const controller = new AbortController();
    controller.abort();
    const source = createFixtureSource({ dataUrl: DATA, fetch: serve(new Map()) });
    const error: unknown = await source.listArticles({}, controller.signal).catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
  });

  it('reads the files npm run corpus wrote: the lead story from public/data', () => {
    const file = join(import.meta.dirname, '..', '..', 'public', 'data', 'first-page.json');
    const first = JSON.parse(readFileSync(file, 'utf8')) as { total: number };
    expect(first.total).toBe(bundledCorpus().articles.length);
  });
});
