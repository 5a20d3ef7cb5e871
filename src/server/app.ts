import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createAdminHandler } from '../news/api/admin-handler';
import { createApiHandler } from '../news/api/api-handler';
import { errorResponse, type CorsOrigins } from '../news/api/api-responses';
import type { SourceAdmin } from '../news/api/source-admin';
import { matchSourceAdminRoute } from '../news/api/source-routes';
import type { NewsStore } from '../news/store/news-store';
import { adminAuth } from './admin-auth';
import { type MediaProxyOptions, mountMediaProxy, proxiedImageUrl } from './media-proxy';
import { rateLimit } from './rate-limit';
import { mountReader } from './reader-static';
import { mountRenderedPages } from './render/rendered-pages';
import { inlineScriptHashes } from './inline-scripts';
import { securityHeaders } from './security-headers';

export interface ServerAppOptions {
  store: NewsStore;
  distDir: string;
  adminToken: string | undefined;
  corsOrigins: CorsOrigins;
  rateLimitPerMinute: number;
  /** Count clients by the address a trusted proxy appended to X-Forwarded-For, not by the socket's. */
  trustProxy?: boolean;
  /** CSP frame-ancestors for the reader; `'self'` when unset. */
  frameAncestors?: string[];
  /** Hosts the reader may load story images from directly; the CSP's img-src lists them. */
  imageHosts?: string[];
  /** The image proxy at /api/media; absent, the route answers as any unknown API path. */
  media?: MediaProxyOptions;
  now?: () => number;
  logError?: (message: string, error: unknown) => void;
  /** The admin routes under /api/sources; behind the admin token like every write. */
  sources?: SourceAdmin;
  /** How long rendering the feed, a story or an entity page may take (src/server/render/); 0 or absent renders none. */
  renderBudgetMs?: number;
  /** Where a page that went out as the plain shell says why. */
  logRender?: (line: string) => void;
  /** Render the feed once at start, so the first visitor does not pay for the first render. */
  warmUpRender?: boolean;
}

const MAX_ADMIN_BODY_BYTES = 20 * 1024 * 1024;

/** The whole Lede server as one Fetch app: the API at /api (reads public, writes behind the token), the reader elsewhere. */
export function createServerApp(options: ServerAppOptions): Hono {
  const { store, corsOrigins, logError = (message, error) => console.error(message, error) } = options;
  const app = new Hono();
  const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
  const limiter = rateLimit({
    perMinute: options.rateLimitPerMinute,
    clientOf: (c) => clientAddress(c.req.header('x-forwarded-for'), getConnInfo(c).remote.address, options.trustProxy),
    corsOrigins,
    now: options.now,
  });
  app.use('/api/*', limiter);

  const admin = createAdminHandler({ store, corsOrigins });
  app.use('/api/admin/*', adminAuth(options.adminToken, corsOrigins));
  app.use(
    '/api/admin/*',
    bodyLimit({ maxSize: MAX_ADMIN_BODY_BYTES, onError: (c) => tooLarge(c.req.raw, corsOrigins) }),
  );
  app.all('/api/admin/*', (c) => admin(c.req.raw));

  // The source routes share their paths with the public list, so the guard asks the handler's own
  // route matcher, on the path as the handler will see it (a trailing slash cannot slip past).
  const guard = adminAuth(options.adminToken, corsOrigins);
  const sourceGuard: MiddlewareHandler = async (c, next) => {
    const path = c.req.path.slice('/api'.length).replace(/(.)\/+$/, '$1');
    return matchSourceAdminRoute(c.req.method, path) ? guard(c, next) : next();
  };
  app.use('/api/*', sourceGuard);

  if (options.media) mountMediaProxy(app, options.media);
  const api = createApiHandler({
    store,
    corsOrigins,
    logError,
    // Without a token the guard refuses every write, so the handler is given none and lists the sources as read-only.
    ...(options.sources && options.adminToken ? { sources: options.sources } : {}),
    ...(options.media ? { imageUrl: proxiedImageUrl(options.media.secret, options.imageHosts ?? []) } : {}),
  });
  app.all('*', (c, next) => (isApi(c.req.path) ? api(c.req.raw) : next()));

  app.use(
    '*',
    securityHeaders({
      imageHosts: options.imageHosts ?? [],
      apiOrigin: undefined,
      frameAncestors: options.frameAncestors ?? ["'self'"],
      scriptHashes: inlineScriptHashes(options.distDir),
    }),
  );
  if (options.renderBudgetMs) {
    const log = options.logRender ?? ((line: string) => console.warn(line));
    mountRenderedPages(app, {
      distDir: options.distDir,
      api,
      budgetMs: options.renderBudgetMs,
      log,
      imageHosts: options.imageHosts ?? [],
      warmUp: options.warmUpRender,
    });
  }
  mountReader(app, options.distDir, options.imageHosts ?? []);
  app.onError((error, c) => {
    logError('Lede server failed:', error);
    const message = `The Lede server failed: ${error.message}`;
    return errorResponse(c.req.raw, corsOrigins, { status: 500, code: 'internal', message });
  });
  return app;
}

/**
 * Without a trusted proxy the socket's address is the client. Behind one, every request comes from
 * the proxy, so the client is the last address in X-Forwarded-For: the one the proxy itself added
 * (the entries before it are whatever the client chose to send).
 */
export function clientAddress(forwarded: string | undefined, remote: string | undefined, trustProxy = false): string {
  const last = forwarded?.split(',').at(-1)?.trim();
  return (trustProxy && last) || remote || 'unknown';
}

function tooLarge(request: Request, corsOrigins: CorsOrigins): Response {
  const message = `The body is larger than ${MAX_ADMIN_BODY_BYTES / 1024 / 1024} MB; send fewer stories at a time.`;
  return errorResponse(request, corsOrigins, { status: 413, code: 'too_large', message });
}
