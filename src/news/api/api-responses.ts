/** Which browser origins may read the API: any ('*', the default), or exactly these. */
export type CorsOrigins = '*' | readonly string[];

export interface ApiFailure {
  status: number;
  code: string;
  message: string;
}

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/**
 * CORS, no-store and nosniff for every answer. With a list of origins the allowed one is echoed
 * (and caches told the answer varies by Origin); any other origin gets no CORS header at all.
 */
export function baseHeaders(request: Request, origins: CorsOrigins): Record<string, string> {
  const headers: Record<string, string> = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  // Retry-After is not a CORS-safelisted header: without this a reader on another site cannot see it.
  headers['access-control-expose-headers'] = 'retry-after';
  if (origins === '*') return { ...headers, 'access-control-allow-origin': '*' };
  const origin = request.headers.get('origin');
  if (origin && origins.includes(origin)) headers['access-control-allow-origin'] = origin;
  return { ...headers, vary: 'origin' };
}

export function jsonResponse(
  request: Request,
  origins: CorsOrigins,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  const text = JSON.stringify(body);
  return new Response(request.method === 'HEAD' ? null : text, {
    status,
    headers: {
      ...baseHeaders(request, origins),
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(new TextEncoder().encode(text).byteLength),
      ...headers,
    },
  });
}

export function errorResponse(
  request: Request,
  origins: CorsOrigins,
  failure: ApiFailure,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(request, origins, failure.status, errorBody(failure), headers);
}

/** The Error schema of openapi.json; the server's own answers (429, 401) use it too. */
export function errorBody({ code, message }: Pick<ApiFailure, 'code' | 'message'>) {
  return { error: { code, message } };
}

export function preflightResponse(request: Request, origins: CorsOrigins): Response {
  const requested = request.headers.get('access-control-request-headers');
  const vary = ['access-control-request-headers', ...(origins === '*' ? [] : ['origin'])].join(', ');
  return new Response(null, {
    status: 204,
    headers: {
      ...baseHeaders(request, origins),
      'access-control-allow-methods': ALLOWED_METHODS,
      ...(requested ? { 'access-control-allow-headers': requested } : {}),
      'access-control-max-age': '600',
      vary,
    },
  });
}
