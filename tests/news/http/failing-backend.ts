import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Hit {
  path: string;
  at: number;
}

type Behaviour = (req: IncomingMessage, res: ServerResponse, count: number) => void;

/**
 * A news backend on 127.0.0.1 that fails on purpose, one behaviour per path, and logs every
 * request it gets with the time it arrived. Written for Lede's tests; it never leaves loopback.
 */
export async function startFailingBackend(story: unknown): Promise<{
  base: string;
  /** The same server under another origin (localhost instead of 127.0.0.1). */
  otherOrigin: string;
  hits: Hit[];
  count: (path: string) => number;
  close: () => Promise<void>;
}> {
  const hits: Hit[] = [];
  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const ok = (res: ServerResponse) => json(res, 200, story);
  const busy = (retryAfter: () => string) => (_req: IncomingMessage, res: ServerResponse, n: number) =>
    n === 1 ? json(res, 503, { error: { code: 'busy', message: 'Busy.' } }, { 'retry-after': retryAfter() }) : ok(res);
  let port = 0;
  const behaviours: Record<string, Behaviour> = {
    '/api/articles/ok': (_req, res) => ok(res),
    '/api/articles/status-500': (_req, res) => json(res, 500, { error: { code: 'x', message: 'Down.' } }),
    '/api/articles/status-404': (_req, res) => json(res, 404, { error: { code: 'nf', message: 'No such story.' } }),
    '/api/articles/retry-seconds': busy(() => '1'),
    '/api/articles/retry-date': busy(() => new Date(Date.now() + 2000).toUTCString()),
    '/api/articles/retry-long': busy(() => '120'),
    '/api/articles/reset': (req) => req.socket.destroy(),
    '/api/articles/hang': () => undefined,
    '/api/articles/slow': (_req, res) => void setTimeout(() => ok(res), 600),
    '/api/articles/truncated': (_req, res) => {
      const body = JSON.stringify(story);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
      res.write(body.slice(0, 40));
      setTimeout(() => res.socket?.destroy(), 20);
    },
    '/api/articles/redirect-same': (_req, res) => {
      res.writeHead(302, { location: '/api/articles/ok' });
      res.end();
    },
    '/api/articles/redirect-away': (_req, res) => {
      res.writeHead(302, { location: `http://localhost:${port}/api/articles/ok` });
      res.end();
    },
  };
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push({ path, at: Date.now() });
    const behaviour = behaviours[path];
    if (behaviour) behaviour(req, res, hits.filter((hit) => hit.path === path).length);
    else json(res, 404, { error: { code: 'nf', message: 'Nothing here.' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}/api`,
    otherOrigin: `http://localhost:${port}/api`,
    hits,
    count: (path) => hits.filter((hit) => hit.path === path).length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port with nothing listening: connecting to it is refused at once. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
