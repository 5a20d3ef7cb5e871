import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { atom, jsonFeed, rss1, rss2 } from './web/formats';
import { billionLaughsFeed, externalEntityFeed, hostileFeed, manyItemsFeed, windows1252Feed } from './web/hostile';
import { emptyPage, homePage, storyPage } from './web/pages';
import { bulkStories } from './web/bulk';
import { WEB_STORIES, type WebStory } from './web/stories';

export interface LoopbackWeb {
  /** http://127.0.0.1:PORT */
  origin: string;
  url: (path: string) => string;
  /** Every request's path, in order: tests assert what was (and was not) fetched. */
  requests: string[];
  stories: readonly WebStory[];
  close: () => Promise<void>;
}

export interface LoopbackOptions {
  /** Extra generated stories served at /bulk/rss.xml and /bulk/stories/*, for benchmarks. */
  bulk?: number;
  /** The number of the first generated story (default 0): sites with different ones are different news. */
  bulkFirst?: number;
  /** The loopback address to listen on (default 127.0.0.1); 127.0.0.2... are other hosts to the fetcher. */
  host?: string;
}

type Handler = (req: IncomingMessage, res: ServerResponse, web: LoopbackWeb) => void;

const XML = 'application/rss+xml; charset=utf-8';
const ETAG = '"larkmoor-v1"';
const LAST_MODIFIED = 'Mon, 30 Nov 2026 08:00:00 GMT';

/**
 * A small web on 127.0.0.1 for tests and benchmarks: one news site in every feed format with
 * story pages, and every way a site can go wrong (see the route table). Ephemeral port.
 */
export async function startLoopbackWeb(options: LoopbackOptions = {}): Promise<LoopbackWeb> {
  const bulk = bulkStories(options.bulk ?? 0, options.bulkFirst);
  const host = options.host ?? '127.0.0.1';
  const stories = [...WEB_STORIES, ...bulk];
  const web: LoopbackWeb = {
    origin: '',
    url: (path) => `${web.origin}${path}`,
    requests: [],
    stories,
    close: () => Promise.resolve(),
  };
  const routes = routeTable(bulk);
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    web.requests.push(path);
    const pathname = path.split('?')[0] ?? '/';
    const handler = routes.get(pathname) ?? prefixRoute(pathname);
    if (handler) handler(req, res, web);
    else send(res, 404, 'text/plain', 'not here');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  web.origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  web.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return web;
}

function routeTable(bulk: readonly WebStory[]): Map<string, Handler> {
  let bomb: Buffer | undefined;
  return new Map<string, Handler>([
    ['/', (_q, res) => send(res, 200, 'text/html; charset=utf-8', homePage())],
    [
      '/robots.txt',
      (_q, res) =>
        send(res, 200, 'text/plain', 'User-agent: OtherBot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\n'),
    ],
    ['/news/rss.xml', (_q, res, web) => send(res, 200, XML, rss2(web.origin, WEB_STORIES))],
    ['/news/rss-full.xml', (_q, res, web) => send(res, 200, XML, rss2(web.origin, WEB_STORIES, true))],
    ['/news/rdf.xml', (_q, res, web) => send(res, 200, 'application/rdf+xml', rss1(web.origin, WEB_STORIES))],
    ['/news/atom.xml', (_q, res, web) => send(res, 200, 'application/atom+xml', atom(web.origin, WEB_STORIES))],
    ['/news/feed.json', (_q, res, web) => send(res, 200, 'application/feed+json', jsonFeed(web.origin, WEB_STORIES))],
    [
      '/news/feed-1.0.json',
      (_q, res, web) => send(res, 200, 'application/json', jsonFeed(web.origin, WEB_STORIES, '1')),
    ],
    ['/bulk/rss.xml', (_q, res, web) => send(res, 200, XML, rss2(web.origin, bulk))],
    ['/bulk/rss-full.xml', (_q, res, web) => send(res, 200, XML, rss2(web.origin, bulk, true))],
    ['/conditional/rss.xml', conditional],
    [
      '/cache/rss.xml',
      (_q, res, web) => send(res, 200, XML, rss2(web.origin, WEB_STORIES), { 'cache-control': 'public, max-age=7200' }),
    ],
    [
      '/gzip/rss.xml',
      (_q, res, web) => send(res, 200, XML, gzipSync(rss2(web.origin, WEB_STORIES)), { 'content-encoding': 'gzip' }),
    ],
    ['/headers', (req, res) => send(res, 200, 'application/json', JSON.stringify(req.headers))],
    ['/status/404', (_q, res) => send(res, 404, 'text/html', '<h1>Not found</h1>')],
    ['/status/500', (_q, res) => send(res, 500, 'text/plain', 'boom')],
    ['/status/429', (_q, res) => send(res, 429, 'text/plain', 'slow down', { 'retry-after': '120' })],
    ['/slow', (_q, res) => void setTimeout(() => send(res, 200, XML, '<rss/>'), 3000)],
    ['/slow-body', slowBody],
    ['/redirect-private', (_q, res) => redirect(res, 'http://10.0.0.5/feed.xml')],
    ['/redirect-metadata', (_q, res) => redirect(res, 'http://169.254.169.254/latest/meta-data/')],
    ['/redirect-named', (_q, res) => redirect(res, 'http://internal.test/feed.xml')],
    ['/redirect-scheme', (_q, res) => redirect(res, 'file:///etc/passwd')],
    ['/big', bigBody],
    [
      '/bomb',
      (_q, res) =>
        send(res, 200, XML, (bomb ??= gzipSync(Buffer.alloc(40_000_000, 0x20))), { 'content-encoding': 'gzip' }),
    ],
    ['/billion-laughs.xml', (_q, res) => send(res, 200, XML, billionLaughsFeed())],
    ['/xxe.xml', (_q, res) => send(res, 200, XML, externalEntityFeed())],
    ['/cp1252.xml', (_q, res) => sendBytes(res, windows1252Feed(true))],
    ['/cp1252-declared.xml', (_q, res) => sendBytes(res, windows1252Feed(false))],
    [
      '/bom.xml',
      (_q, res, web) =>
        send(
          res,
          200,
          'application/xml',
          Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rss2(web.origin, WEB_STORIES))]),
        ),
    ],
    ['/hostile.xml', (_q, res) => send(res, 200, XML, hostileFeed())],
    ['/repairs/rss.xml', (_q, res, web) => send(res, 200, XML, rss2(web.origin, [storyToRepair(web.origin)]))],
    ['/many.xml', (_q, res) => send(res, 200, XML, manyItemsFeed(10_050))],
    ['/html-at-feed-url', (_q, res) => send(res, 200, 'text/html; charset=utf-8', homePage())],
    ['/private/story.html', (_q, res, web) => send(res, 200, 'text/html', storyPage(web.origin, WEB_STORIES[0]!))],
    ['/empty-page.html', (_q, res) => send(res, 200, 'text/html', emptyPage())],
  ]);
}

function prefixRoute(pathname: string): Handler | undefined {
  const story = /^\/(?:news|bulk)\/stories\/([\w-]+)\.html$/.exec(pathname);
  if (story) {
    return (_q, res, web) => {
      const found = web.stories.find((s) => s.slug === story[1]);
      if (found) send(res, 200, 'text/html; charset=utf-8', storyPage(web.origin, found));
      else send(res, 404, 'text/html', '<h1>Not found</h1>');
    };
  }
  const chain = /^\/redirect\/(\d+)$/.exec(pathname);
  if (chain) {
    const left = Number(chain[1]);
    return (_q, res) => redirect(res, left <= 1 ? '/news/rss.xml' : `/redirect/${left - 1}`);
  }
  return undefined;
}

function conditional(req: IncomingMessage, res: ServerResponse, web: LoopbackWeb): void {
  if (req.headers['if-none-match'] === ETAG || req.headers['if-modified-since'] === LAST_MODIFIED) {
    res.writeHead(304, { etag: ETAG, 'last-modified': LAST_MODIFIED }).end();
    return;
  }
  send(res, 200, XML, rss2(web.origin, WEB_STORIES), { etag: ETAG, 'last-modified': LAST_MODIFIED });
}

function slowBody(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': XML });
  res.write('<rss version="2.0"><channel>');
  const timer = setInterval(() => res.write(' '), 200);
  res.on('close', () => clearInterval(timer));
}

/** 11 MB in chunks without a Content-Length, so only counting can stop it. */
function bigBody(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': XML });
  res.on('error', () => undefined);
  const chunk = Buffer.alloc(1_000_000, 0x20);
  for (let i = 0; i < 11; i += 1) res.write(chunk);
  res.end();
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location }).end();
}

function sendBytes(res: ServerResponse, { body, contentType }: { body: Buffer; contentType: string }): void {
  send(res, 200, contentType, body);
}

function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': contentType, ...headers });
  res.end(body);
}

/** A story the store keeps only by repairing it: its image address is longer than any it stores. */
function storyToRepair(origin: string): WebStory {
  const story = WEB_STORIES[1] ?? WEB_STORIES[0]!;
  return {
    ...story,
    slug: 'a-story-to-repair',
    title: `${story.title} (again)`,
    image: { url: `${origin}/images/${'x'.repeat(2_100)}.jpg`, alt: 'An image', credit: 'A credit' },
  };
}
