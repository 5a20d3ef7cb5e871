import type { IncomingMessage, ServerResponse } from 'node:http';
import { isNewsError } from '../errors';
import type { LoadCorpus } from './corpus-loader';
import openApiDocument from './openapi.json';
import { parseArticleQuery, parseEntityQuery } from './query-params';
import { matchSourceAdminRoute, READ_ONLY_MESSAGE, SOURCE_ADMIN_ROUTES, sourceRouteMethods } from './source-routes';

/** Connect-compatible, so Vite's dev and preview servers (and a bare http.Server) can mount it. */
export type ApiMiddleware = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

export interface ApiHandlerOptions {
  loadCorpus: LoadCorpus;
}

type Operation = (params: URLSearchParams) => Promise<unknown>;

interface ApiFailure {
  status: number;
  code: string;
  message: string;
}

/** Every route served; the contract test checks each one is documented in openapi.json. */
export const API_ROUTES = [
  '/articles',
  '/articles/{id}',
  '/entities',
  '/entities/{id}',
  '/sources',
  ...(Object.keys(SOURCE_ADMIN_ROUTES) as (keyof typeof SOURCE_ADMIN_ROUTES)[]).filter((path) => path !== '/sources'),
  '/openapi.json',
] as const;

const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

const BASE_HEADERS = {
  'access-control-allow-origin': '*',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/**
 * Serves the routes of openapi.json over the shared corpus engine. It expects paths relative to its
 * mount point (Connect strips "/api"), so it owns everything under that prefix.
 */
export function createApiHandler({ loadCorpus }: ApiHandlerOptions): ApiMiddleware {
  function resolve(path: string): Operation | undefined {
    if (path === '/openapi.json') return () => Promise.resolve(openApiDocument);
    if (path === '/articles') return async (params) => withoutDropped(await listArticles(params));
    if (path === '/entities') return async (params) => withoutDropped(await listEntities(params));
    if (path === '/sources') return async () => ({ items: (await loadCorpus()).listSources() });
    const match = /^\/(articles|entities)\/([^/]+)$/.exec(path);
    if (!match) return undefined;
    const [, collection, rawId = ''] = match;
    return async () => {
      const index = await loadCorpus();
      const id = decodeSegment(rawId);
      return collection === 'articles' ? index.getArticle(id) : index.getEntity(id);
    };
  }

  async function listArticles(params: URLSearchParams) {
    const query = parseArticleQuery(params);
    return (await loadCorpus()).listArticles(query);
  }

  async function listEntities(params: URLSearchParams) {
    const query = parseEntityQuery(params);
    return (await loadCorpus()).listEntities(query);
  }

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/(.)\/+$/, '$1');
    if (req.method === 'OPTIONS') return preflight(req, res);
    const admin = matchSourceAdminRoute(req.method ?? 'GET', path);
    if (admin) {
      // The corpus is files built ahead of time: there is nothing here a token could change.
      const allowed = sourceRouteMethods(admin).includes(req.method ?? '');
      return allowed
        ? sendError(req, res, { status: 403, code: 'read_only', message: READ_ONLY_MESSAGE })
        : sendError(
            req,
            res,
            { status: 405, code: 'method_not_allowed', message: `${req.method} is not served on ${path}.` },
            { allow: sourceRouteMethods(admin).join(', ') },
          );
    }
    const operation = resolve(path);
    if (!operation) {
      return sendError(req, res, { status: 404, code: 'not_found', message: unknownPath(path) });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const message = `${req.method ?? 'This method'} is not allowed here; the Lede API is read-only (GET).`;
      return sendError(req, res, { status: 405, code: 'method_not_allowed', message }, { allow: ALLOWED_METHODS });
    }
    operation(url.searchParams).then(
      (body) => send(req, res, 200, body),
      (error: unknown) => sendError(req, res, toFailure(error)),
    );
  };
}

/** The dropped list is the browser source's report of its own validation; over HTTP it is not part of the contract. */
function withoutDropped<T extends { dropped: unknown }>({ dropped: _dropped, ...rest }: T): Omit<T, 'dropped'> {
  return rest;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // Malformed escapes cannot name any story; let the engine answer its usual not-found.
    return segment;
  }
}

function unknownPath(path: string): string {
  return `There is no API route '${path.slice(0, 80)}'. Routes: ${API_ROUTES.join(', ')}.`;
}

function toFailure(error: unknown): ApiFailure {
  if (isNewsError(error)) {
    if (error.kind === 'not-found') return { status: 404, code: 'not_found', message: error.message };
    if (error.kind === 'bad-request') return { status: 400, code: 'bad_request', message: error.message };
    if (error.kind === 'config') return { status: 503, code: 'unavailable', message: error.message };
  }
  // A dev server's job is to make the failure obvious: log the stack, send the message.
  console.error('Lede API failed:', error);
  const detail = error instanceof Error ? error.message : String(error);
  return { status: 500, code: 'internal', message: `The Lede API failed: ${detail}` };
}

function preflight(req: IncomingMessage, res: ServerResponse): void {
  const requested = req.headers['access-control-request-headers'];
  res.writeHead(204, {
    ...BASE_HEADERS,
    'access-control-allow-methods': ALLOWED_METHODS,
    ...(requested ? { 'access-control-allow-headers': requested } : {}),
    'access-control-max-age': '600',
    vary: 'access-control-request-headers',
  });
  res.end();
}

function sendError(req: IncomingMessage, res: ServerResponse, failure: ApiFailure, headers = {}): void {
  send(req, res, failure.status, { error: { code: failure.code, message: failure.message } }, headers);
}

function send(req: IncomingMessage, res: ServerResponse, status: number, body: unknown, headers = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : text);
}
