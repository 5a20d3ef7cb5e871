import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorResponse, type CorsOrigins } from '../news/api/api-responses';

/**
 * Guards the write routes. With no token configured the server is read-only and says so (403);
 * otherwise only `Authorization: Bearer <token>` passes (401 for anything else). The tokens are
 * hashed before the constant-time compare, so neither their content nor their length leaks.
 */
export function adminAuth(token: string | undefined, corsOrigins: CorsOrigins): MiddlewareHandler {
  const expected = token === undefined ? undefined : digest(token);
  return async (c, next) => {
    const request = c.req.raw;
    if (!expected) {
      const message = 'This Lede server is read-only: set LEDE_ADMIN_TOKEN and restart it to allow writes.';
      return errorResponse(request, corsOrigins, { status: 403, code: 'read_only', message });
    }
    const presented = /^Bearer ([^\s]+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    if (!presented || !timingSafeEqual(digest(presented), expected)) {
      const message = presented
        ? 'The admin token is wrong.'
        : 'This route needs the admin token: send Authorization: Bearer <LEDE_ADMIN_TOKEN>.';
      const failure = { status: 401, code: 'unauthorized', message };
      return errorResponse(request, corsOrigins, failure, { 'www-authenticate': 'Bearer realm="lede-admin"' });
    }
    await next();
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
