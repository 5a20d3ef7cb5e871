import { describe, expect, it, vi } from 'vitest';
import { isAbortError } from '../../src/news/abort';
import { buildEntityRecords } from '../../src/news/engine/entity-records';
import { createFixtureSource } from '../../src/news/fixture-source';
import { makeArticle } from '../fixtures/articles';

const good = makeArticle({ id: 'good', image: { url: 'images/a.svg', alt: 'A' } }, ['Pål Jonson']);
const broken = { ...makeArticle({ id: 'broken' }), publishedAt: 'yesterday' };

function serve(files: Record<string, unknown>) {
  return vi.fn((input: RequestInfo | URL) => {
    const name = (input instanceof Request ? input.url : input.toString()).split('/').pop() ?? '';
    const body = files[name];
    if (body === undefined) return Promise.resolve(new Response('missing', { status: 404 }));
    return Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body)));
  });
}

const files = {
  'articles.json': { articles: [good, broken] },
  'entities.json': { entities: buildEntityRecords([good], []) },
};

describe('createFixtureSource', () => {
  it('loads both files once, drops the invalid story and reports it', async () => {
    const fetch = serve(files);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const source = createFixtureSource({ dataUrl: 'https://lede.example/app/data/', fetch });
    const page = await source.listArticles({});
    await source.getArticle('good');
    expect(page.items.map((item) => item.id)).toEqual(['good']);
    expect(page.dropped).toEqual([{ label: "article 'broken'", reason: expect.stringMatching(/^publishedAt /) }]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("article 'broken'"));
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch).toHaveBeenCalledWith('https://lede.example/app/data/articles.json');
  });

  it('resolves image paths against the data folder', async () => {
    const source = createFixtureSource({ dataUrl: 'https://lede.example/app/data', fetch: serve(files) });
    expect((await source.getArticle('good')).image?.url).toBe('https://lede.example/app/data/images/a.svg');
  });

  it('answers entity queries from the same corpus', async () => {
    const source = createFixtureSource({ dataUrl: 'https://lede.example/data/', fetch: serve(files) });
    expect((await source.getEntity('pal-jonson')).articleCount).toBe(1);
    await expect(source.getEntity('nobody')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('lists the corpus’s publishers as bundled sources', async () => {
    const source = createFixtureSource({ dataUrl: 'https://lede.example/data/', fetch: serve(files) });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { items } = await source.listSources();
    expect(items).toEqual([
      expect.objectContaining({ id: good.source.id, name: good.source.name, url: null, status: 'bundled' }),
    ]);
    expect(items[0]?.health.itemsSeen).toBe(1);
  });

  it('explains a missing or corrupt file, and tries again on the next call', async () => {
    const fetch = serve({ 'articles.json': '{"articles": [', 'entities.json': files['entities.json'] });
    const source = createFixtureSource({ dataUrl: 'https://lede.example/data/', fetch });
    await expect(source.listArticles({})).rejects.toThrow(
      /articles.json is not valid JSON; rebuild it with npm run corpus/,
    );
    await expect(
      createFixtureSource({ dataUrl: 'https://x.example/', fetch: serve({}) }).listArticles({}),
    ).rejects.toThrow(/answered 404/);
    await expect(source.listArticles({})).rejects.toThrow(/not valid JSON/);
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('rejects with an AbortError, not a failure, when the reader has moved on', async () => {
    const controller = new AbortController();
    controller.abort();
    const source = createFixtureSource({ dataUrl: 'https://lede.example/data/', fetch: serve(files) });
    const error: unknown = await source.listArticles({}, controller.signal).catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
  });
});
