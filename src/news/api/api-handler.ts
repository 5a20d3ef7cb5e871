import { withImageBase } from '../corpus-data';
import { isNewsError } from '../errors';
import type { ServedStore } from '../store/corpus-store';
import {
  ALLOWED_METHODS,
  baseHeaders,
  errorResponse,
  jsonResponse,
  preflightResponse,
  type ApiFailure,
  type CorsOrigins,
} from './api-responses';
import openApiDocument from './openapi.json';
import { parseArticleQuery, parseEntityQuery } from './query-params';
import { isSourceAdminError, type SourceAdmin } from './source-admin';
import { runSourceAdmin } from './source-admin-routes';
import {
  matchSourceAdminRoute,
  READ_ONLY_MESSAGE,
  SOURCE_ADMIN_ROUTES,
  sourceRouteMethods,
  type SourceRouteMatch,
} from './source-routes';

/** The Fetch API's shape, so Vite's Connect servers and Hono mount the same function. */
export type FetchHandler = (request: Request) => Promise<Response>;

export interface ApiHandlerOptions {
  store: ServedStore;
  /** Where the API is mounted; request paths outside it are answered 404. */
  basePath?: string;
  corsOrigins?: CorsOrigins;
  /** Where failures the handler did not expect are logged; the client gets only the message. */
  logError?: (message: string, error: unknown) => void;
  /**
   * What the admin routes under /sources do. The server gives it and guards those routes with
   * its admin token (matchSourceAdminRoute says which); without it they answer 403 read-only, and
   * GET /sources says `writable: false`.
   */
  sources?: SourceAdmin;
  /**
   * How a story's image address is sent, applied as stories are serialised (lists and single
   * stories alike): the Lede server points other hosts' images at its media proxy. Absent, as stored.
   */
  imageUrl?: (url: string) => string;
}

type Operation = (params: URLSearchParams) => Promise<{ status: number; body: unknown }>;

/** Every route served; the contract test checks each one is documented in openapi.json. */
export const API_ROUTES = [
  '/articles',
  '/articles/{id}',
  '/entities',
  '/entities/{id}',
  '/sources',
  ...(Object.keys(SOURCE_ADMIN_ROUTES) as (keyof typeof SOURCE_ADMIN_ROUTES)[]).filter((path) => path !== '/sources'),
  '/health',
  '/openapi.json',
] as const;

const ok = (body: unknown) => ({ status: 200, body });

/** Serves the read routes of openapi.json over any NewsReadStore: the one implementation of them. */
export function createApiHandler({
  store,
  basePath = '/api',
  corsOrigins = '*',
  logError = (message, error) => console.error(message, error),
  sources,
  imageUrl,
}: ApiHandlerOptions): FetchHandler {
  const images = <T extends { image?: { url: string } }>(story: T): T =>
    imageUrl ? withImageBase(story, imageUrl) : story;

  function resolve(path: string): Operation | undefined {
    if (path === '/openapi.json') return () => Promise.resolve(ok(openApiDocument));
    if (path === '/health') {
      return async () => {
        const health = await store.health();
        return { status: health.ok ? 200 : 503, body: health };
      };
    }
    if (path === '/articles') {
      return async (params) => {
        const page = await store.listArticles(parseArticleQuery(params));
        return ok({ ...page, items: page.items.map(images) });
      };
    }
    if (path === '/entities') return async (params) => ok(await store.listEntities(parseEntityQuery(params)));
    // Writable only where the admin routes have something to run: the reader hides its controls otherwise.
    if (path === '/sources')
      return async () => ok({ items: await store.listSources(), writable: sources !== undefined });
    const match = /^\/(articles|entities)\/([^/]+)$/.exec(path);
    if (!match) return undefined;
    const [, collection, rawId = ''] = match;
    const id = decodeSegment(rawId);
    return async () => ok(collection === 'articles' ? images(await store.getArticle(id)) : await store.getEntity(id));
  }

  function toFailure(error: unknown): ApiFailure {
    if (isSourceAdminError(error)) return { status: error.status, code: error.code, message: error.message };
    if (isNewsError(error)) {
      if (error.kind === 'not-found') return { status: 404, code: 'not_found', message: error.message };
      if (error.kind === 'bad-request') return { status: 400, code: 'bad_request', message: error.message };
      if (error.kind === 'config') return { status: 503, code: 'unavailable', message: error.message };
    }
    // Make the failure obvious to whoever runs the server: log the stack, send the message.
    logError('Lede API failed:', error);
    const detail = error instanceof Error ? error.message : String(error);
    return { status: 500, code: 'internal', message: `The Lede API failed: ${detail}` };
  }

  async function answerAdmin(request: Request, match: SourceRouteMatch, path: string): Promise<Response> {
    const methods = sourceRouteMethods(match);
    if (!methods.includes(request.method)) {
      const failure = {
        status: 405,
        code: 'method_not_allowed',
        message: `${request.method} is not served on ${path}.`,
      };
      return errorResponse(request, corsOrigins, failure, { allow: methods.join(', ') });
    }
    // The bundled files (and a server without a token) have nothing a request could change.
    if (!sources) {
      return errorResponse(request, corsOrigins, { status: 403, code: 'read_only', message: READ_ONLY_MESSAGE });
    }
    try {
      const answer = await runSourceAdmin(sources, match, request);
      if ('text' in answer) {
        return new Response(request.method === 'HEAD' ? null : answer.text, {
          status: answer.status,
          headers: { ...baseHeaders(request, corsOrigins), 'content-type': answer.type },
        });
      }
      if (answer.status === 204) return new Response(null, { status: 204, headers: baseHeaders(request, corsOrigins) });
      return jsonResponse(request, corsOrigins, answer.status, answer.body, answer.headers);
    } catch (error) {
      return errorResponse(request, corsOrigins, toFailure(error));
    }
  }

  return async (request) => {
    const url = new URL(request.url);
    const path = routePath(url.pathname, basePath);
    if (request.method === 'OPTIONS') return preflightResponse(request, corsOrigins);
    const admin = path === undefined ? undefined : matchSourceAdminRoute(request.method, path);
    if (admin && path !== undefined) return answerAdmin(request, admin, path);
    const operation = path === undefined ? undefined : resolve(path);
    if (!operation) {
      const message = unknownPath(path ?? url.pathname);
      return errorResponse(request, corsOrigins, { status: 404, code: 'not_found', message });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const message = `${request.method} is not allowed here; this route is read-only (GET).`;
      const failure = { status: 405, code: 'method_not_allowed', message };
      return errorResponse(request, corsOrigins, failure, { allow: ALLOWED_METHODS });
    }
    try {
      const { status, body } = await operation(url.searchParams);
      return jsonResponse(request, corsOrigins, status, body);
    } catch (error) {
      return errorResponse(request, corsOrigins, toFailure(error));
    }
  };
}

/** The path below the mount point, without a trailing slash; undefined when outside it. */
function routePath(pathname: string, basePath: string): string | undefined {
  const base = basePath.replace(/\/+$/, '');
  if (pathname !== base && !pathname.startsWith(`${base}/`)) return undefined;
  return pathname.slice(base.length).replace(/(.)\/+$/, '$1') || '/';
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // Malformed escapes cannot name any story; let the store answer its usual not-found.
    return segment;
  }
}

function unknownPath(path: string): string {
  return `There is no API route '${path.slice(0, 80)}'. Routes: ${API_ROUTES.join(', ')}.`;
}
