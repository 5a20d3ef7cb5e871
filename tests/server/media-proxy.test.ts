// @vitest-environment node
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaProxyPath } from '../../src/server/media-proxy';
import { startTestApp, type TestApp } from './serve-app';

const SECRET = 'a-test-secret-for-media';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
let hits = 0;
let images: Server;
let imageOrigin = '';
let open: TestApp;
let strict: TestApp;

beforeAll(async () => {
  images = createServer((request, response) => {
    hits += 1;
    if (request.url === '/pixel.png') response.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    else if (request.url === '/huge.png')
      response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(6_000_000));
    else if (request.url === '/logo.svg') response.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg/>');
    else response.writeHead(200, { 'content-type': 'text/html' }).end('<p>not an image</p>');
  });
  await new Promise<void>((done) => images.listen(0, '127.0.0.1', done));
  imageOrigin = `http://127.0.0.1:${(images.address() as { port: number }).port}`;
  open = await startTestApp({ media: { secret: SECRET, allowAddresses: ['127.0.0.1'] } });
  strict = await startTestApp({ media: { secret: SECRET } });
});
afterAll(async () => {
  await Promise.all([open.stop(), strict.stop()]);
  await new Promise((done) => images.close(done));
});

const viaProxy = (app: TestApp, path: string) =>
  fetch(`${app.origin}${mediaProxyPath(SECRET, `${imageOrigin}${path}`)}`);

describe('GET /api/media', () => {
  it('serves a signed image from Lede with its type, nosniff and a day of caching, fetched once', async () => {
    const before = hits;
    for (let i = 0; i < 2; i += 1) {
      const response = await viaProxy(open, '/pixel.png');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
      expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG);
    }
    expect(hits - before).toBe(1);
  });

  it('refuses an unsigned or wrongly signed URL without fetching it', async () => {
    const before = hits;
    const url = encodeURIComponent(`${imageOrigin}/pixel.png`);
    expect((await fetch(`${open.origin}/api/media?url=${url}`)).status).toBe(403);
    expect((await fetch(`${open.origin}/api/media?url=${url}&sig=AAAA`)).status).toBe(403);
    expect(hits).toBe(before);
  });

  it('refuses a loopback address unless the server was told to allow it', async () => {
    const response = await viaProxy(strict, '/pixel.png');
    expect(response.status).toBe(502);
    expect(await response.text()).toMatch(/could not be fetched/);
  });

  it('refuses SVG, HTML and anything over 5 MB', async () => {
    expect((await viaProxy(open, '/logo.svg')).status).toBe(415);
    expect((await viaProxy(open, '/page.html')).status).toBe(415);
    expect((await viaProxy(open, '/huge.png')).status).toBe(502);
  });
});
