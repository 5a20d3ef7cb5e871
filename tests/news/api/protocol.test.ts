// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createApiHandler } from '../../../src/news/api/api-handler';
import openApiDocument from '../../../src/news/api/openapi.json';
import { NewsError } from '../../../src/news/errors';
import { createCorpusStore } from '../../../src/news/store/corpus-store';
import { serveApi, serveCorpusForFile } from './test-server';

const { get, ids } = serveCorpusForFile();

describe('protocol', () => {
  it('serves the OpenAPI document', async () => {
    const { status, body } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(body).toEqual(openApiDocument);
  });

  it('answers unknown paths with 404 JSON naming the routes', async () => {
    for (const path of ['', '/', '/nope', '/articles/a/b']) {
      const { status, body } = await get(path);
      expect(status).toBe(404);
      expect(body).toEqual({ error: { code: 'not_found', message: expect.stringContaining('/articles/{id}') } });
    }
  });

  it('tolerates a trailing slash', async () => {
    expect(await ids('/articles/?limit=1')).toEqual(['japan-sweden-defence']);
  });

  it('answers a CORS preflight with 204', async () => {
    const { response, status, body } = await get('/articles', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://elsewhere.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'x-trace',
      },
    });
    expect(status).toBe(204);
    expect(body).toBeUndefined();
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe('x-trace');
  });

  it('with a list of allowed origins, echoes an allowed one and gives others no CORS header', async () => {
    const store = createCorpusStore(() => Promise.reject(new NewsError('config', 'no corpus')));
    const listed = await serveApi(createApiHandler({ store, corsOrigins: ['https://portal.example'] }));
    try {
      const ask = (origin: string) => fetch(`${listed.api}/openapi.json`, { headers: { origin } });
      const allowed = await ask('https://portal.example');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example');
      expect(allowed.headers.get('vary')).toBe('origin');
      const other = await ask('https://elsewhere.example');
      expect(other.status).toBe(200);
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await listed.close();
    }
  });

  it('answers other methods on a route with 405 and an Allow header', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const { response, status, body } = await get('/articles', { method });
      expect(status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      expect(body).toEqual({ error: { code: 'method_not_allowed', message: expect.stringContaining('read-only') } });
    }
  });

  it('refuses every source change as read-only (403), and unserved methods there with 405', async () => {
    const writes: Array<[string, string]> = [
      ['POST', '/sources'],
      ['PATCH', '/sources/nordic-wire'],
      ['DELETE', '/sources/nordic-wire'],
      ['POST', '/sources/nordic-wire/refresh'],
      ['POST', '/sources/import'],
      ['GET', '/sources/export'],
    ];
    for (const [method, path] of writes) {
      const { status, body } = await get(path, { method, headers: { authorization: 'Bearer anything' } });
      expect(status, `${method} ${path}`).toBe(403);
      expect(body).toEqual({ error: { code: 'read_only', message: expect.stringContaining('LEDE_ADMIN_TOKEN') } });
    }
    const { response, status } = await get('/sources', { method: 'PUT' });
    expect(status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST');
  });

  it('lists the corpus’s publishers as bundled sources', async () => {
    const { status, body } = await get('/sources');
    expect(status).toBe(200);
    const items = body?.items as Array<{ id: string; status: string; url: unknown }>;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.status === 'bundled' && item.url === null)).toBe(true);
  });

  it('answers HEAD like GET without a body', async () => {
    const { response, status, body } = await get('/articles', { method: 'HEAD' });
    expect(status).toBe(200);
    expect(body).toBeUndefined();
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(100);
  });

  it('maps a missing corpus to 503 unavailable and any other failure to 500 internal', async () => {
    const missing = new NewsError('config', 'no corpus; run `npm run corpus`');
    const failing = [
      [missing, 503, 'unavailable', 'no corpus; run `npm run corpus`'],
      [new Error('disk on fire'), 500, 'internal', 'The Lede API failed: disk on fire'],
    ] as const;
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const [error, status, code, message] of failing) {
      const broken = await serveApi(createApiHandler({ store: createCorpusStore(() => Promise.reject(error)) }));
      try {
        const response = await fetch(`${broken.api}/articles/x`);
        expect(response.status).toBe(status);
        expect(await response.json()).toEqual({ error: { code, message } });
      } finally {
        await broken.close();
      }
    }
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
