// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtureArticles } from '../news/api/fixture-corpus';
import { exerciseEveryRoute } from '../news/api/exercise-routes';
import { ajv, responseValidator } from '../news/api/openapi-validator';
import type { SourceAdmin } from '../../src/news/api/source-admin';
import { ADMIN_TOKEN, BUNDLE, INDEX_HTML, startTestApp, type TestApp } from './serve-app';

let server: TestApp;
beforeAll(async () => {
  server = await startTestApp();
});
afterAll(() => server.stop());

const get = (path: string, init?: RequestInit) => fetch(`${server.origin}${path}`, init);

describe('the reader', () => {
  it('serves index.html at / and for every app route, but 404 for a missing file', async () => {
    for (const path of ['/', '/articles/japan-sweden-defence', '/entities/nato', '/following', '/settings']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(INDEX_HTML);
    }
    expect((await get('/assets/missing-123.js')).status).toBe(404);
    expect((await get('/embed.html')).status).toBe(200);
  });

  it('answers config.json with its own API, whatever the build wrote', async () => {
    const response = await get('/config.json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ apiBaseUrl: '/api', imageHosts: [] });
  });

  it('sends the precompressed bundle the client accepts, cached for a year', async () => {
    const asks = [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ] as const;
    for (const [accept, encoding] of asks) {
      const response = await get('/assets/shell-AbC123.js', { headers: { 'accept-encoding': accept } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      // fetch decodes what it asked for, so the text is the bundle every time.
      expect(await response.text()).toBe(BUNDLE);
    }
  });
});

describe('the API at /api', () => {
  it('conforms to openapi.json on every route, page and error', async () => {
    expect(await exerciseEveryRoute(`${server.origin}/api`)).toBeGreaterThan(30);
  });

  it('reports health: store reachable and its story count', async () => {
    const response = await get('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, engine: 'memory', schemaVersion: null, articleCount: 7 });
  });

  it('answers oversized queries with a clear 400', async () => {
    const cases = [
      ['/api/articles?limit=101', /limit must be a whole number from 1 to 100/],
      [`/api/articles?q=${'x'.repeat(201)}`, /q may be at most 200 characters/],
      [`/api/entities?${'entity=nato&'.repeat(11)}`, /entity may be repeated at most 10 times/],
    ] as const;
    for (const [path, message] of cases) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      expect(await response.json()).toEqual({
        error: { code: 'bad_request', message: expect.stringMatching(message) },
      });
    }
  });
});

describe('admin routes', () => {
  const story = { ...fixtureArticles()[6]!, id: 'late-addition', title: 'A late addition' };
  const post = (token: string | undefined, body: unknown = { articles: [story] }) =>
    get('/api/admin/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  /** The admin answers are documented in openapi.json too: status and body must match it. */
  const conforming = async (response: Response, status: number) => {
    expect(response.status).toBe(status);
    const json: unknown = await response.json();
    const validate = responseValidator('/admin/articles', status, 'post');
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
    return json;
  };

  it('refuse a missing or wrong token with 401', async () => {
    for (const token of [undefined, 'wrong-token-wrong-token', `${ADMIN_TOKEN}x`]) {
      const response = await post(token);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(((await conforming(response, 401)) as { error: { code: string } }).error.code).toBe('unauthorized');
    }
    expect((await get('/api/articles/late-addition')).status).toBe(404);
  });

  it('write with the right token; a broken story is repaired by field, an unreadable one refused, both logged', async () => {
    const broken = { ...story, id: 'broken-story', publishedAt: 'yesterday' };
    const unreadable = { ...story, id: 'Not An Id' };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const response = await post(ADMIN_TOKEN, { articles: [story, broken, unreadable] });
    expect(await conforming(response, 200)).toEqual({
      written: ['late-addition', 'broken-story'],
      repaired: [
        {
          id: 'broken-story',
          repairs: [{ field: 'publishedAt', reason: 'a string, not a readable date; date unknown' }],
        },
      ],
      refused: [{ id: null, field: 'id', reason: 'no usable id (a-z, 0-9, -)' }],
    });
    expect(warn.mock.calls.map(([line]) => String(line))).toEqual([
      "Lede admin write: repaired 'broken-story': publishedAt a string, not a readable date; date unknown",
      'Lede admin write: refused a story: id no usable id (a-z, 0-9, -)',
    ]);
    warn.mockRestore();
    expect((await get('/api/articles/late-addition')).status).toBe(200);
    expect(await (await get('/api/articles/broken-story')).json()).toMatchObject({ publishedAt: null });
    await conforming(await post(ADMIN_TOKEN, { stories: [] }), 400);
  });
});

describe('a server started without LEDE_ADMIN_TOKEN', () => {
  it('is read-only: reads work, admin routes answer 403 saying so', async () => {
    const readOnly = await startTestApp({ adminToken: undefined });
    try {
      expect((await fetch(`${readOnly.origin}/api/articles`)).status).toBe(200);
      const response = await fetch(`${readOnly.origin}/api/admin/articles`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        body: '{"articles":[]}',
      });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        error: { code: 'read_only', message: expect.stringContaining('set LEDE_ADMIN_TOKEN') },
      });
    } finally {
      await readOnly.stop();
    }
  });
});

describe('whether the source list says the server takes changes', () => {
  const refuse = () => Promise.reject(new Error('not called here'));
  const sources: SourceAdmin = {
    add: refuse,
    update: refuse,
    remove: refuse,
    refresh: refuse,
    importOpml: refuse,
    exportOpml: refuse,
  };
  const listed = async (app: TestApp) => {
    const response = await fetch(`${app.origin}/api/sources`);
    expect(response.status).toBe(200);
    const body = await response.json();
    const validate = responseValidator('/sources', 200);
    expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
    return body as { writable: boolean };
  };

  it('is writable with a token and source admin, read-only without the token, never naming the token', async () => {
    const writable = await startTestApp({ sources });
    const readOnly = await startTestApp({ sources, adminToken: undefined });
    try {
      const open = await listed(writable);
      expect(open.writable).toBe(true);
      expect(JSON.stringify(open)).not.toContain(ADMIN_TOKEN);
      expect((await listed(readOnly)).writable).toBe(false);
      // Without a source admin (the bundled corpus behind the server) there is nothing to change either.
      expect((await listed(server)).writable).toBe(false);
    } finally {
      await writable.stop();
      await readOnly.stop();
    }
  });
});
