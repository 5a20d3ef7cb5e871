import type { Context, MiddlewareHandler } from 'hono';
import { errorResponse, type CorsOrigins } from '../news/api/api-responses';

export interface RateLimitOptions {
  /** Requests a client may make in a burst; refilled evenly over a minute. */
  perMinute: number;
  /** Who the client is (its address): each gets its own bucket. */
  clientOf: (c: Context) => string;
  corsOrigins: CorsOrigins;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client: a reader's burst on opening a page passes, a loop asking as fast as
 * it can gets 429 with the seconds until its next token in Retry-After (the reader honours it).
 */
export function rateLimit({ perMinute, clientOf, corsOrigins, now = Date.now }: RateLimitOptions) {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  let lastSweep = now();

  function take(key: string, time: number): number {
    const bucket = buckets.get(key) ?? { tokens: perMinute, at: time };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * perMs);
    bucket.at = time;
    buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  }

  // A full bucket says nothing a new one would not: forget them, so memory follows active clients.
  function sweep(time: number): void {
    if (time - lastSweep < 60_000) return;
    lastSweep = time;
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (time - bucket.at) * perMs >= perMinute) buckets.delete(key);
    }
  }

  const middleware: MiddlewareHandler = async (c, next) => {
    const time = now();
    sweep(time);
    const wait = take(clientOf(c), time);
    if (wait === 0) return next();
    const message = `Too many requests from this client; try again in ${wait} s.`;
    const failure = { status: 429, code: 'rate_limited', message };
    return errorResponse(c.req.raw, corsOrigins, failure, { 'retry-after': String(wait) });
  };
  return middleware;
}
