// @vitest-environment node
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runLede } from '../../src/cli/run-lede';
import type { SourceRecord } from '../../src/news/schema/source-record';
import { makeSourceRecord } from '../features/sources/source-fixtures';

const TOKEN = 'cli-test-token';
const NOW = Date.parse('2026-12-01T12:00:00Z');

interface Seen {
  method: string;
  path: string;
  auth: string | undefined;
  type: string | undefined;
  body: string;
}

/**
 * A stand-in for the Lede server's admin API (the routes and bodies of openapi.json), so these
 * tests are about what the command line sends and says; the server itself is tested on its own.
 */
function fakeServer(sources: SourceRecord[]) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      seen.push({
        method: req.method ?? '',
        path,
        auth: req.headers.authorization,
        type: req.headers['content-type'],
        body,
      });
      const send = (status: number, value?: unknown, type = 'application/json') => {
        res.writeHead(status, { 'content-type': type });
        res.end(value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value));
      };
      if (path === '/api/sources' && req.method === 'GET') return send(200, { items: sources });
      if (req.headers.authorization !== `Bearer ${TOKEN}`)
        return send(401, { error: { code: 'unauthorized', message: 'wrong token' } });
      if (path === '/api/sources' && req.method === 'POST') {
        const { url } = JSON.parse(body) as { url: string };
        return send(201, makeSourceRecord({ id: 'new-feed', name: 'New Feed', url }));
      }
      if (path === '/api/sources/export') return send(200, '<opml version="2.0"/>', 'text/x-opml');
      if (path === '/api/sources/import')
        return send(200, {
          added: [sources[0]],
          skipped: [{ url: 'ftp://x.example/', reason: 'not an http(s) address' }],
        });
      const refresh = /^\/api\/sources\/([^/]+)\/refresh$/.exec(path);
      if (refresh) {
        const source = sources.find((s) => s.id === refresh[1]);
        if (!source) return send(404, { error: { code: 'not_found', message: `There is no source '${refresh[1]}'.` } });
        return send(200, { source, notModified: false, found: 10, written: 3, repaired: 2, refused: 1 });
      }
      if (/^\/api\/sources\/[^/]+$/.test(path) && req.method === 'DELETE') return send(204);
      send(404, { error: { code: 'not_found', message: 'no route' } });
    });
  });
  return { server, seen };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => resolve(text));
  });
}

const gazette = makeSourceRecord();
const quay = makeSourceRecord({
  id: 'quay-post',
  name: 'Quay Post',
  status: 'failing',
  health: { ...gazette.health, lastError: 'the server answered 404', lastSuccessAt: null },
});
const bundled = makeSourceRecord({ id: 'nordic-wire', name: 'Nordic Wire', url: null, status: 'bundled' });

let fake: ReturnType<typeof fakeServer>;
let url: string;
beforeAll(async () => {
  fake = fakeServer([bundled, gazette, quay]);
  await new Promise<void>((done) => fake.server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => fake.server.close(() => done())));
beforeEach(() => (fake.seen.length = 0));

async function lede(argv: string[], env: Record<string, string | undefined> = {}, files: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await runLede(argv, {
    env: { LEDE_URL: url, LEDE_ADMIN_TOKEN: TOKEN, ...env },
    write: (text) => (out += text),
    warn: (text) => (err += text),
    readInput: (file) => (file in files ? Promise.resolve(files[file]!) : Promise.reject(new Error(`no file ${file}`))),
    now: () => NOW,
  });
  return { code, out, err };
}

describe('npm run lede', () => {
  it('lists the sources with their health in words, without a token', async () => {
    const { code, out } = await lede(['sources', 'list'], { LEDE_ADMIN_TOKEN: undefined });
    expect(code).toBe(0);
    expect(out).toContain('Harbour Gazette (harbour-gazette): Fetched every 30 minutes');
    expect(out).toContain(
      'last fetch 5 minutes ago, last success 5 minutes ago, 12 stories seen, next fetch in 25 minutes',
    );
    expect(out).toContain('last error: the server answered 404');
    expect(out).toContain('Nordic Wire (nordic-wire): Bundled with Lede: never fetched');
    expect(fake.seen[0]?.auth).toBeUndefined();
  });

  it('adds a source with the token and a JSON body', async () => {
    const { code, out } = await lede([
      'sources',
      'add',
      'https://new.example/',
      '--interval',
      '60',
      '--full-text',
      'page',
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Added New Feed \(new-feed\); its first fetch is due now/);
    expect(fake.seen[0]).toMatchObject({
      method: 'POST',
      path: '/api/sources',
      auth: `Bearer ${TOKEN}`,
      type: 'application/json',
    });
    expect(JSON.parse(fake.seen[0]!.body)).toEqual({
      url: 'https://new.example/',
      intervalMinutes: 60,
      fullText: 'page',
    });
  });

  it('removes, imports OPML from a file and exports it', async () => {
    expect((await lede(['sources', 'remove', 'quay-post'])).out).toBe(
      'Removed quay-post; the stories it brought stay readable.\n',
    );
    expect(fake.seen.at(-1)).toMatchObject({ method: 'DELETE', path: '/api/sources/quay-post' });

    const opml = '<opml version="2.0"><body><outline xmlUrl="https://h.example/rss"/></body></opml>';
    const imported = await lede(['sources', 'import', 'feeds.opml'], {}, { 'feeds.opml': opml });
    expect(imported.out).toContain('Skipped ftp://x.example/: not an http(s) address');
    expect(imported.out).toContain('1 added, 1 skipped.');
    expect(fake.seen.at(-1)).toMatchObject({ path: '/api/sources/import', type: 'text/x-opml', body: opml });

    expect((await lede(['sources', 'export'])).out).toBe('<opml version="2.0"/>');
  });

  it('refreshes every feed but the bundled ones, and fails when a source’s fetch failed', async () => {
    const { code, out } = await lede(['refresh']);
    expect(fake.seen.filter((s) => s.method === 'POST').map((s) => s.path)).toEqual([
      '/api/sources/harbour-gazette/refresh',
      '/api/sources/quay-post/refresh',
    ]);
    expect(out).toContain(
      'Harbour Gazette: 3 new or changed stories of 10 in the feed (2 repaired, 1 left out, see the server',
    );
    expect(out).toContain('Quay Post: failed: the server answered 404');
    expect(code).toBe(1);
  });

  it('says plainly when the server is not running', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const { code, err } = await lede(['sources', 'list'], { LEDE_URL: `http://127.0.0.1:${port}` });
    expect(code).toBe(1);
    expect(err).toContain(`Lede is not running at http://127.0.0.1:${port}: nothing answered. Start it with npm start`);
  });

  it('says plainly when the token is wrong or missing', async () => {
    const wrong = await lede(['refresh', 'quay-post'], { LEDE_ADMIN_TOKEN: 'guess' });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('The server refused the admin token: set LEDE_ADMIN_TOKEN');
    const missing = await lede(['sources', 'remove', 'quay-post'], { LEDE_ADMIN_TOKEN: '' });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('LEDE_ADMIN_TOKEN is not set');
    expect(fake.seen.map((s) => s.path)).toEqual(['/api/sources/quay-post/refresh']);
  });

  it('passes on the server’s own words for a refused request', async () => {
    const { code, err } = await lede(['refresh', 'nobody']);
    expect(code).toBe(1);
    expect(err).toBe("There is no source 'nobody'.\n");
  });

  it('answers a mistake in the command with the usage and exit code 2', async () => {
    for (const argv of [
      [],
      ['sources'],
      ['sources', 'fetch'],
      ['sources', 'add'],
      ['sources', 'add', 'u', '--interval', '2'],
    ]) {
      const { code, err } = await lede(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toContain('Usage: npm run lede -- <command>');
    }
    expect((await lede(['sources', 'add', 'u', '--interval', '2'])).err).toContain(
      '--interval must be at least 5 minutes',
    );
    expect(fake.seen).toEqual([]);
  });
});
