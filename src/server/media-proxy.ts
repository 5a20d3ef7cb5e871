import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import { type AddressPolicy, FetchError, safeFetch } from '../feeds/index';
import { isHttpUrl } from '../news/schema/primitives';

/** The API routes only the Lede server serves, as the OpenAPI document names them. */
export const SERVER_ROUTES = ['/media'] as const;
export const MEDIA_MAX_BYTES = 5_000_000;
const CACHE_MAX_BYTES = 50_000_000;
/** SVG is left out on purpose: it is a document that can carry script, not a picture. */
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif']);

export interface MediaProxyOptions extends AddressPolicy {
  /** Signs proxy URLs, so the proxy fetches only what this server itself linked to. */
  secret: string;
  timeoutMs?: number;
}

/** The signature of one image URL: base64url HMAC-SHA256 with the server's secret. */
export function signMediaUrl(secret: string, url: string): string {
  return createHmac('sha256', secret).update(url).digest('base64url');
}

/** The proxy address for an image: `/api/media?url=…&sig=…`. */
export function mediaProxyPath(secret: string, url: string): string {
  return `/api/media?${new URLSearchParams({ url, sig: signMediaUrl(secret, url) }).toString()}`;
}

/**
 * How the API sends a story's image: another host's picture becomes this server's signed proxy
 * address, so the reader's browser never calls the host a story names. Hosts the CSP already
 * allows (LEDE_IMAGE_HOSTS, https only) load directly; relative paths are this server's own files.
 */
export function proxiedImageUrl(secret: string, directHosts: readonly string[]): (url: string) => string {
  return (url) => {
    if (!isHttpUrl(url)) return url;
    const { protocol, hostname } = new URL(url);
    if (protocol === 'https:' && directHosts.includes(hostname.toLowerCase())) return url;
    return mediaProxyPath(secret, url);
  };
}

interface Cached {
  type: string;
  body: Buffer;
}

/**
 * GET /api/media: fetches an image the server signed, with the feeds' protections (no private
 * addresses, 5 MB, timeouts), keeps the most recent 50 MB in memory, and answers it from Lede's
 * origin with its real type and nosniff. Unsigned URLs are refused: an open proxy would be abused.
 */
export function mountMediaProxy(app: Hono, options: MediaProxyOptions): void {
  const cache = new Map<string, Cached>();
  let cachedBytes = 0;
  const remember = (url: string, entry: Cached) => {
    cache.set(url, entry);
    cachedBytes += entry.body.length;
    for (const [key, old] of cache) {
      if (cachedBytes <= CACHE_MAX_BYTES) break;
      cache.delete(key);
      cachedBytes -= old.body.length;
    }
  };
  const refuse = (status: number, message: string) =>
    new Response(message, {
      status,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
    });

  app.get(`/api${SERVER_ROUTES[0]}`, async (c) => {
    const url = c.req.query('url') ?? '';
    const sig = Buffer.from(c.req.query('sig') ?? '');
    const expected = Buffer.from(signMediaUrl(options.secret, url));
    if (!url || sig.length !== expected.length || !timingSafeEqual(sig, expected)) {
      return refuse(403, 'This image address was not signed by this server.');
    }
    let entry = cache.get(url);
    if (entry) {
      cache.delete(url);
      cache.set(url, entry);
    } else {
      try {
        const answer = await safeFetch(url, {
          ...options,
          maxBytes: MEDIA_MAX_BYTES,
          timeoutMs: options.timeoutMs ?? 10_000,
          accept: [...IMAGE_TYPES].join(', '),
        });
        if (answer.notModified) return refuse(502, 'The image host answered 304 to a plain request.');
        const type = (answer.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
        if (!IMAGE_TYPES.has(type)) return refuse(415, `Not an image Lede serves: ${type.slice(0, 80) || 'no type'}.`);
        entry = { type, body: answer.body };
        remember(url, entry);
      } catch (error) {
        if (error instanceof FetchError) return refuse(502, `The image could not be fetched: ${error.message}.`);
        throw error;
      }
    }
    return new Response(new Uint8Array(entry.body), {
      headers: {
        'content-type': entry.type,
        'x-content-type-options': 'nosniff',
        'cache-control': 'public, max-age=86400',
        'content-security-policy': "default-src 'none'",
      },
    });
  });
}
