// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { NewsError } from '../../src/news/errors';
import { apiUrl } from '../../src/news/http/api-url';
import { createHttpSource } from '../../src/news/http/http-source';
import { makeArticle, makeEntity, makeEntitySummary, makeSummary } from './http-fixtures';

const API = 'http://news.test/api';
/** A relative base resolves against the page; node has no page, so the source assumes localhost. */
const PAGE_ORIGIN = globalThis.location?.origin ?? 'http://localhost';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function source() {
  return createHttpSource({ baseUrl: API, sleep: vi.fn(async () => {}) });
}

/** Serves `body` verbatim, so tests control content type and bytes exactly. */
function raw(body: string, contentType = 'application/json', status = 200) {
  return new HttpResponse(body, { status, headers: { 'Content-Type': contentType } });
}

async function failure(promise: Promise<unknown>): Promise<NewsError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(NewsError);
  return error as NewsError;
}

describe('http source: successful answers', () => {
  it('resolves relative image URLs against the API, not the page', async () => {
    const article = makeArticle({ image: { url: '../data/images/a.svg', alt: 'A' } });
    server.use(
      http.get(`${API}/articles/${article.id}`, () => HttpResponse.json(article)),
      http.get(`${API}/articles`, () =>
        HttpResponse.json({
          items: [makeSummary({ image: { url: 'img/b.svg', alt: 'B' } })],
          nextCursor: null,
          total: 1,
        }),
      ),
    );
    expect((await source().getArticle(article.id)).image?.url).toBe('http://news.test/data/images/a.svg');
    expect((await source().listArticles({})).items[0]?.image?.url).toBe('http://news.test/api/img/b.svg');
  });

  it('lists stories and reads one', async () => {
    const summary = makeSummary();
    server.use(
      http.get(`${API}/articles`, () => HttpResponse.json({ items: [summary], nextCursor: 'c2', total: 7 })),
      http.get(`${API}/articles/tram-opening`, () => HttpResponse.json(makeArticle())),
    );
    const news = source();
    expect(news.kind).toBe('http');
    await expect(news.listArticles({})).resolves.toEqual({
      items: [summary],
      nextCursor: 'c2',
      total: 7,
      dropped: [],
      repaired: [],
    });
    await expect(news.getArticle('tram-opening')).resolves.toEqual(makeArticle());
  });

  it('lists entities and reads one', async () => {
    server.use(
      http.get(`${API}/entities`, () => HttpResponse.json({ items: [makeEntitySummary()] })),
      http.get(`${API}/entities/ana-kihara`, () => HttpResponse.json(makeEntity())),
    );
    await expect(source().listEntities({})).resolves.toEqual({
      items: [makeEntitySummary()],
      dropped: [],
      repaired: [],
    });
    await expect(source().getEntity('ana-kihara')).resolves.toEqual(makeEntity());
  });

  it('accepts +json media types and charset parameters', async () => {
    server.use(
      http.get(`${API}/entities/ana-kihara`, () =>
        raw(JSON.stringify(makeEntity()), 'application/vnd.lede+json; charset=utf-8'),
      ),
    );
    await expect(source().getEntity('ana-kihara')).resolves.toEqual(makeEntity());
  });
});

describe('http source: request URLs', () => {
  function capture(path: string, body: object) {
    const urls: URL[] = [];
    server.use(
      http.get(path, ({ request }) => {
        urls.push(new URL(request.url));
        return HttpResponse.json(body);
      }),
    );
    return urls;
  }

  it('repeats entity, keeps set params and omits empty ones', async () => {
    const urls = capture(`${API}/articles`, { items: [], nextCursor: null, total: 0 });
    await source().listArticles({
      q: 'tram line',
      entities: ['ana-kihara', 'osaka'],
      source: '',
      cursor: 'abc',
      limit: 10,
    });
    const params = urls[0]!.searchParams;
    expect(params.getAll('entity')).toEqual(['ana-kihara', 'osaka']);
    expect(params.get('q')).toBe('tram line');
    expect(params.get('cursor')).toBe('abc');
    expect(params.get('limit')).toBe('10');
    expect(params.has('source')).toBe(false);
    expect(params.has('topic')).toBe(false);
  });

  it('sends no query string at all for an empty query', async () => {
    const urls = capture(`${API}/articles`, { items: [], nextCursor: null, total: 0 });
    await source().listArticles({ q: '  ', entities: [] });
    expect(urls[0]!.search).toBe('');
  });

  it('builds the entity query', async () => {
    const urls = capture(`${API}/entities`, { items: [] });
    await source().listEntities({ q: 'kih', type: 'person', entities: ['osaka'], topic: 'transport', limit: 5 });
    expect(Object.fromEntries(urls[0]!.searchParams)).toEqual({
      q: 'kih',
      type: 'person',
      entity: 'osaka',
      topic: 'transport',
      limit: '5',
    });
  });

  it('works with a relative base URL', async () => {
    const urls = capture(`${PAGE_ORIGIN}/api/articles/tram-opening`, makeArticle());
    await createHttpSource({ baseUrl: '/api' }).getArticle('tram-opening');
    expect(urls).toHaveLength(1);
  });

  it('joins paths whether or not the base ends in a slash', () => {
    expect(apiUrl('https://x.example/api/', ['articles', 'a b'])).toBe('https://x.example/api/articles/a%20b');
    expect(apiUrl('https://x.example/api', ['entities'], { entity: ['a', 'b'], q: '' })).toBe(
      'https://x.example/api/entities?entity=a&entity=b',
    );
    expect(apiUrl('/api', ['articles'], { limit: 5 })).toBe(`${PAGE_ORIGIN}/api/articles?limit=5`);
    expect(apiUrl('https://x.example', ['articles'])).toBe('https://x.example/articles');
  });

  it('never sends an id that could not exist (or walk up the path)', async () => {
    const urls = capture(`${API}/*`, {});
    const error = await failure(source().getArticle('..'));
    expect(error.kind).toBe('not-found');
    expect(urls).toHaveLength(0);
  });
});

describe('http source: not found and refused requests', () => {
  it('turns 404 into not-found with the server message', async () => {
    server.use(
      http.get(`${API}/articles/gone`, () =>
        HttpResponse.json({ error: { code: 'not_found', message: "No story is called 'gone'." } }, { status: 404 }),
      ),
    );
    const error = await failure(source().getArticle('gone'));
    expect(error).toMatchObject({ kind: 'not-found', status: 404, message: "No story is called 'gone'." });
  });

  it('falls back to its own message when the 404 body is not an API error', async () => {
    server.use(http.get(`${API}/entities/gone`, () => raw('<h1>Not Found</h1>', 'text/html', 404)));
    const error = await failure(source().getEntity('gone'));
    expect(error).toMatchObject({ kind: 'not-found', message: "There is no entity with the id 'gone'." });
  });

  it('treats a 404 on a list as a configuration problem, not a missing story', async () => {
    server.use(http.get(`${API}/articles`, () => new HttpResponse(null, { status: 404 })));
    const error = await failure(source().listArticles({}));
    expect(error.kind).toBe('http');
    expect(error.message).toMatch(/check the API address/);
  });
});

describe('http source: validating answers', () => {
  it('explains an HTML page answered with 200', async () => {
    server.use(http.get(`${API}/articles`, () => HttpResponse.html('<!doctype html><title>Lede</title>')));
    const error = await failure(source().listArticles({}));
    expect(error.kind).toBe('invalid-data');
    expect(error.message).toMatch(/answered with an HTML page instead of JSON/);
    expect(error.message).not.toMatch(/doctype|<title>/i);
  });

  it('names an unexpected content type, and a missing one', async () => {
    server.use(http.get(`${API}/articles/tram-opening`, () => raw('{}', 'text/plain')));
    expect((await failure(source().getArticle('tram-opening'))).message).toMatch(/with text\/plain instead of JSON/);
    server.use(http.get(`${API}/articles/tram-opening`, () => new HttpResponse(new Uint8Array([123, 125]))));
    expect((await failure(source().getArticle('tram-opening'))).message).toMatch(/without a content type/);
  });

  it('reports an empty body', async () => {
    server.use(http.get(`${API}/articles/tram-opening`, () => raw('')));
    const error = await failure(source().getArticle('tram-opening'));
    expect(error).toMatchObject({ kind: 'invalid-data' });
    expect(error.message).toBe("The news service sent an empty answer for article 'tram-opening'.");
  });

  it('reports truncated JSON without quoting it', async () => {
    server.use(http.get(`${API}/articles`, () => raw('{"items": [{"id": "secret-token-123"')));
    const error = await failure(source().listArticles({}));
    expect(error.kind).toBe('invalid-data');
    expect(error.message).toMatch(/invalid JSON for the story list; the answer may have been cut off/);
    expect(error.message).not.toMatch(/secret/);
  });

  it('repairs a story with a bad field, drops one with nothing readable, and says which field', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const items = [
      makeSummary({ id: 'first' }),
      { ...makeSummary({ id: 'second' }), publishedAt: 'last Tuesday' },
      { ...makeSummary({ id: 'third' }), title: '  ', summary: '' },
    ];
    server.use(http.get(`${API}/articles`, () => HttpResponse.json({ items, nextCursor: null, total: 3 })));
    const page = await source().listArticles({});
    expect(page.items.map((item) => [item.id, item.publishedAt])).toEqual([
      ['first', makeSummary().publishedAt],
      ['second', null],
    ]);
    expect(page.repaired).toEqual([
      {
        label: "article 'second'",
        repairs: [{ field: 'publishedAt', reason: 'a string, not a readable date; date unknown' }],
      },
    ]);
    expect(page.dropped).toEqual([{ label: "article 'third'", reason: 'no title and no text' }]);
    expect(page.total).toBe(3);
    expect(warn.mock.calls.map(([line]) => String(line))).toEqual([
      expect.stringMatching(/^Lede left out article 'third': no title and no text/),
      expect.stringMatching(/^Lede repaired article 'second': publishedAt/),
    ]);
  });

  it('repairs a bad field of an entity row, skips and counts a row with nothing readable', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const items = [
      makeEntitySummary(),
      { ...makeEntitySummary({ id: 'osaka', name: 'Osaka' }), type: 'city', role: 42 },
      { ...makeEntitySummary({ id: 'kyoto' }), count: '3' },
      { ...makeEntitySummary(), id: 'Not An Id' },
      { ...makeEntitySummary({ id: 'blank' }), name: '  ' },
    ];
    server.use(http.get(`${API}/entities`, () => HttpResponse.json({ items })));
    const list = await source().listEntities({});
    expect(list.items).toEqual([
      makeEntitySummary(),
      makeEntitySummary({ id: 'osaka', name: 'Osaka', type: 'place' }),
      makeEntitySummary({ id: 'kyoto', count: 3 }),
    ]);
    expect(list.repaired).toEqual([
      {
        label: "entity 'osaka'",
        repairs: [
          { field: 'role', reason: 'a number, not text; left out' },
          { field: 'type', reason: "'place' spelled another way; read as place" },
        ],
      },
      { label: "entity 'kyoto'", repairs: [{ field: 'count', reason: 'a number written as text; read as a number' }] },
    ]);
    expect(list.dropped).toEqual([
      { label: "entity 'Not An Id'", reason: 'no usable id (a-z, 0-9, -)' },
      { label: "entity 'blank'", reason: 'no name' },
    ]);
    expect(warn.mock.calls.map(([line]) => String(line))).toEqual([
      "Lede left out entity 'Not An Id': no usable id (a-z, 0-9, -)",
      "Lede left out entity 'blank': no name",
      "Lede repaired entity 'osaka': role a number, not text; left out; type 'place' spelled another way; read as place",
      "Lede repaired entity 'kyoto': count a number written as text; read as a number",
    ]);
  });

  it('reads an entity page field by field: a bad field or related entity costs only itself', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const sent = {
      ...makeEntity(),
      type: 'PERSON',
      aliases: ['Kihara', 7, ''],
      description: { html: '<b>x</b>' },
      firstSeen: 'Fri, 10 Jan 2025 08:00:00 GMT',
      lastSeen: 'some day',
      articleCount: -2,
      related: [{ id: 'osaka', name: 'Osaka', type: 'place', count: 3 }, { id: 'x y', name: 'Bad' }, 'nope'],
    };
    server.use(http.get(`${API}/entities/ana-kihara`, () => HttpResponse.json(sent)));
    const entity = await source().getEntity('ana-kihara');
    expect(entity).toMatchObject({
      ...makeEntity({ articleCount: 0, firstSeen: '2025-01-10T08:00:00Z', lastSeen: null }),
      repairs: expect.any(Array),
    });
    expect(entity).not.toHaveProperty('description');
    expect(entity.repairs?.map((repair) => repair.field)).toEqual([
      'type',
      'description',
      'articleCount',
      'aliases',
      'firstSeen',
      'lastSeen',
      'related.1',
      'related.2',
    ]);
  });

  it('refuses an entity page with no name, naming why; a valid one has no repairs', async () => {
    server.use(http.get(`${API}/entities/ana-kihara`, () => HttpResponse.json({ ...makeEntity(), name: 7 })));
    const error = await failure(source().getEntity('ana-kihara'));
    expect(error).toMatchObject({ kind: 'invalid-data', message: "entity 'ana-kihara': no name" });
    server.use(http.get(`${API}/entities/ana-kihara`, () => HttpResponse.json({ ...makeEntity(), repairs: [{}] })));
    expect(await source().getEntity('ana-kihara')).toEqual(makeEntity());
  });

  it('fails a whole list whose envelope is wrong', async () => {
    server.use(http.get(`${API}/articles`, () => HttpResponse.json({ items: 'none', nextCursor: null, total: 0 })));
    const error = await failure(source().listArticles({}));
    expect(error).toMatchObject({ kind: 'invalid-data', message: 'the story list: items must be a list' });
  });

  it('reads a date-only detail as midnight UTC and says so on the story', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    server.use(
      http.get(`${API}/articles/tram-opening`, () => HttpResponse.json(makeArticle({ publishedAt: '2025-03-03' }))),
    );
    const article = await source().getArticle('tram-opening');
    expect(article.publishedAt).toBe('2025-03-03T00:00:00Z');
    expect(article.repairs).toEqual([{ field: 'publishedAt', reason: 'read as 2025-03-03T00:00:00Z' }]);
  });

  it('refuses a detail with nothing readable, naming why', async () => {
    server.use(
      http.get(`${API}/articles/tram-opening`, () =>
        HttpResponse.json({ ...makeArticle(), title: ' ', summary: '', body: [] }),
      ),
    );
    const error = await failure(source().getArticle('tram-opening'));
    expect(error).toMatchObject({ kind: 'invalid-data', message: "article 'tram-opening': no title and no text" });
  });

  it('drops only the highlight of a mention outside its paragraph', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const article = makeArticle();
    article.entities[0]!.mentions[0] = { paragraph: 5, start: 0, end: 3 };
    server.use(http.get(`${API}/articles/tram-opening`, () => HttpResponse.json(article)));
    const shown = await source().getArticle('tram-opening');
    expect(shown.entities[0]!.mentions).toEqual([article.entities[0]!.mentions[1]]);
    expect(shown.repairs).toEqual([
      { field: 'entities.0.mentions.0', reason: 'not a range inside the text; highlight left out' },
    ]);
  });
});

describe('http source: the source list', () => {
  it('reads GET /sources and drops a source with a bad field, naming it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const good = {
      id: 'quay-post',
      name: 'Quay Post',
      url: 'https://quaypost.example/rss',
      intervalMinutes: 30,
      fullText: 'page',
      status: 'failing',
      health: {
        lastFetchAt: '2026-12-01T11:00:00Z',
        lastSuccessAt: null,
        lastError: 'timed out after 20 s',
        itemsSeen: 0,
        nextFetchAt: '2026-12-01T12:00:00Z',
      },
    };
    const badScheme = { ...good, id: 'sneaky', url: 'javascript:alert(1)' };
    server.use(http.get(`${API}/sources`, () => HttpResponse.json({ items: [good, badScheme] })));
    const list = await source().listSources!();
    expect(list.items).toEqual([good]);
    expect(list.dropped).toEqual([{ label: "source 'sneaky'", reason: expect.stringMatching(/^url /) }]);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
