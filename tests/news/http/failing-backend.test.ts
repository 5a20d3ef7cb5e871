// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpSource, type HttpSourceOptions } from '../../../src/news/http/http-source';
import type { Sleep } from '../../../src/news/http/retry-policy';
import { makeArticle } from '../http-fixtures';
import { closedPort, startFailingBackend } from './failing-backend';

let backend: Awaited<ReturnType<typeof startFailingBackend>>;
beforeAll(async () => {
  backend = await startFailingBackend(makeArticle());
});
afterAll(() => backend.close());

/** Real requests to the loopback server; waits are recorded and skipped unless `realWaits`. */
function source(options: Partial<HttpSourceOptions> = {}, realWaits = false) {
  const waits: number[] = [];
  const sleep: Sleep = (ms) => {
    waits.push(ms);
    return realWaits ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
  };
  return { news: createHttpSource({ baseUrl: backend.base, sleep, random: () => 0.5, ...options }), waits };
}

async function settle(promise: Promise<unknown>): Promise<{ ok: boolean; error?: unknown; ms: number }> {
  const started = Date.now();
  try {
    await promise;
    return { ok: true, ms: Date.now() - started };
  } catch (error) {
    return { ok: false, error, ms: Date.now() - started };
  }
}

const path = (name: string) => `/api/articles/${name}`;

describe('http source against a failing loopback backend', () => {
  it('connection refused: three attempts in all, then a network error', async () => {
    const port = await closedPort();
    const attempts = vi.fn(globalThis.fetch);
    const { news, waits } = source({ baseUrl: `http://127.0.0.1:${port}/api`, fetch: attempts });
    const result = await settle(news.getArticle('ok'));
    expect(result.error).toMatchObject({ kind: 'network' });
    expect(attempts).toHaveBeenCalledTimes(3);
    expect(waits).toEqual([300, 600]);
  });

  it('a DNS failure is a network error with the same budget', async () => {
    const lookupFailed = vi.fn<typeof fetch>(() =>
      Promise.reject(new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } })),
    );
    const result = await settle(source({ fetch: lookupFailed }).news.getArticle('ok'));
    expect(result.error).toMatchObject({ kind: 'network' });
    expect(lookupFailed).toHaveBeenCalledTimes(3);
  });

  it('500: three attempts with backoff; 404: one, as not found', async () => {
    const { news, waits } = source();
    expect((await settle(news.getArticle('status-500'))).error).toMatchObject({ kind: 'http', status: 500 });
    expect(backend.count(path('status-500'))).toBe(3);
    expect(waits).toEqual([300, 600]);
    expect((await settle(news.getArticle('status-404'))).error).toMatchObject({ kind: 'not-found' });
    expect(backend.count(path('status-404'))).toBe(1);
  });

  it('Retry-After in seconds is waited out in real time, never less', async () => {
    const result = await settle(source({}, true).news.getArticle('retry-seconds'));
    expect(result.ok).toBe(true);
    const [first, second] = backend.hits.filter((hit) => hit.path === path('retry-seconds'));
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1000);
    expect(second!.at - first!.at).toBeLessThan(1800);
  });

  it('Retry-After as an HTTP date: the wait reaches the date, rounded up to the second', async () => {
    const { news, waits } = source();
    expect((await settle(news.getArticle('retry-date'))).ok).toBe(true);
    expect(backend.count(path('retry-date'))).toBe(2);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1000);
    expect(waits[0]).toBeLessThanOrEqual(3000);
  });

  it('a Retry-After beyond the 10 s cap is not cut short: one attempt, then the error', async () => {
    const { news, waits } = source();
    const result = await settle(news.getArticle('retry-long'));
    expect(result.error).toMatchObject({ kind: 'http', status: 503, retryAfterMs: 120_000 });
    expect(backend.count(path('retry-long'))).toBe(1);
    expect(waits).toEqual([]);
  });

  it('a reset connection is retried like any network error', async () => {
    const result = await settle(source().news.getArticle('reset'));
    expect(result.error).toMatchObject({ kind: 'network' });
    expect(backend.count(path('reset'))).toBe(3);
  });

  it('a hang ends at the overall limit, once, without a second attempt', async () => {
    const result = await settle(source({ timeoutMs: 400 }).news.getArticle('hang'));
    expect(result.error).toMatchObject({ kind: 'timeout' });
    expect(backend.count(path('hang'))).toBe(1);
    expect(result.ms).toBeGreaterThanOrEqual(390);
    expect(result.ms).toBeLessThan(1500);
  });

  it('a slow but healthy answer wins in one attempt', async () => {
    const result = await settle(source({ timeoutMs: 5000 }).news.getArticle('slow'));
    expect(result.ok).toBe(true);
    expect(backend.count(path('slow'))).toBe(1);
    expect(result.ms).toBeGreaterThanOrEqual(550);
  });

  it('a truncated body is retried, then reported, never shown', async () => {
    const result = await settle(source().news.getArticle('truncated'));
    expect(result.error).toMatchObject({ kind: 'network' });
    expect((result.error as Error).message).toMatch(/answer for article 'truncated' was cut off \(after 3 attempts\)/);
    expect(backend.count(path('truncated'))).toBe(3);
  });

  it('a same-origin redirect is followed', async () => {
    const result = await settle(source().news.getArticle('redirect-same'));
    expect(result.ok).toBe(true);
  });

  it('a redirect to another origin is refused with a clear error, and not retried', async () => {
    const before = backend.count(path('ok'));
    const result = await settle(source().news.getArticle('redirect-away'));
    expect(result.error).toMatchObject({ kind: 'invalid-data' });
    expect((result.error as Error).message).toMatch(
      /redirected the request for article 'redirect-away' to another site/,
    );
    expect(backend.count(path('redirect-away'))).toBe(1);
    expect(backend.count(path('ok')) - before).toBe(1);
  });
});
