/**
 * The admin routes under /sources and the methods each serves. Ids `import` and `export` are
 * never given to a source (RESERVED_SOURCE_IDS), so those two routes cannot shadow one.
 */
export const SOURCE_ADMIN_ROUTES = {
  '/sources': ['POST'],
  '/sources/{id}': ['PATCH', 'DELETE'],
  '/sources/{id}/refresh': ['POST'],
  '/sources/import': ['POST'],
  '/sources/export': ['GET'],
} as const satisfies Record<string, readonly string[]>;

export type SourceAdminRoute = keyof typeof SOURCE_ADMIN_ROUTES;

export interface SourceRouteMatch {
  route: SourceAdminRoute;
  /** The decoded id segment, for the routes that name one. */
  id?: string;
}

/** Which admin route a path and method name, if any; GET /sources is the public list, not an admin route. */
export function matchSourceAdminRoute(method: string, path: string): SourceRouteMatch | undefined {
  if (path === '/sources') return method === 'GET' || method === 'HEAD' ? undefined : { route: '/sources' };
  if (path === '/sources/import' && method === 'POST') return { route: '/sources/import' };
  if (path === '/sources/export' && (method === 'GET' || method === 'HEAD')) return { route: '/sources/export' };
  const match = /^\/sources\/([^/]+)(\/refresh)?$/.exec(path);
  if (!match) return undefined;
  const [, id = '', refresh] = match;
  return { route: refresh ? '/sources/{id}/refresh' : '/sources/{id}', id: decodeId(id) };
}

/** The methods a source path serves, for an Allow header: the public list adds GET to /sources. */
export function sourceRouteMethods(match: SourceRouteMatch): readonly string[] {
  const methods: readonly string[] = SOURCE_ADMIN_ROUTES[match.route];
  return match.route === '/sources' ? ['GET', 'HEAD', ...methods] : methods;
}

export const READ_ONLY_MESSAGE =
  'This server cannot change its sources: it is read-only (the dev API serves the bundled stories; ' +
  '`npm start` with LEDE_ADMIN_TOKEN set serves a store you can add sources to).';

function decodeId(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
