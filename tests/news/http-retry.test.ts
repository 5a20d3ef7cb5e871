// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isAbortError } from '../../src/news/abort';
import { NewsError } from '../../src/news/errors';
import { createHttpSource, type HttpSourceOptions } from '../../src/news/http/http-source';
import {
  abortableSleep,
  honoursRetryAfter,
  isRetryableStatus,
  parseRetryAfter,
  type Sleep,
} from '../../src/news/http/retry-policy';
import { makeArticle, makeSummary } from './http-fixtures';

const API = 'http://news.test/api';
const ARTICLE_URL = `${API}/articles/tram-opening`;
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function setup(options: Partial<HttpSourceOptions> = {}) {
  const sleep = vi.fn<Sleep>(async () => {});
  const news = createHttpSource({ baseUrl: API, sleep, random: () => 0.5, ...options });
  return { news, sleep, delays: () => sleep.mock.calls.map(([ms]) => ms) };
}

/** Answers with each response in turn, repeating the last one; counts the requests it saw. */
function sequence(url: string, ...responses: (() => Response)[]) {
  let count = 0;
  server.use(http.get(url, () => responses[Math.min(count++, responses.length - 1)]!()));
  return () => count;
}

const ok = () => HttpResponse.json(makeArticle());
const status =
  (code: number, headers: Record<string, string> = {}) =>
  () =>
    HttpResponse.json({ error: { code: 'x', message: `Server said ${code}.` } }, { status: code, headers });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (reason: unknown) => reason,
  );
}

describe('http source: retries', () => {
  it('waits for Retry-After seconds on 429, then succeeds', async () => {
    const requests = sequence(ARTICLE_URL, status(429, { 'Retry-After': '2' }), ok);
    const { news, delays } = setup();
    await expect(news.getArticle('tram-opening')).resolves.toEqual(makeArticle());
    expect(requests()).toBe(2);
    expect(delays()).toEqual([2000]);
  });

  it('reads Retry-After as an HTTP date on 503', async () => {
    const now = Date.parse('2025-03-03T10:00:00Z');
    sequence(ARTICLE_URL, status(503, { 'Retry-After': 'Mon, 03 Mar 2025 10:00:05 GMT' }), ok);
    const { news, delays } = setup({ now: () => now });
    await news.getArticle('tram-opening');
    expect(delays()).toEqual([5000]);
  });

  it('never asks sooner than a Retry-After beyond the cap: it fails at once instead', async () => {
    const requests = sequence(ARTICLE_URL, status(429, { 'Retry-After': '120' }), ok);
    const { news, delays } = setup({ maxRetryAfterMs: 3000 });
    const error = await rejection(news.getArticle('tram-opening'));
    expect(error).toMatchObject({ kind: 'http', status: 429, retryAfterMs: 120_000 });
    expect(requests()).toBe(1);
    expect(delays()).toEqual([]);
  });

  it('waits out a Retry-After of exactly the cap', async () => {
    sequence(ARTICLE_URL, status(503, { 'Retry-After': '10' }), ok);
    const { news, delays } = setup();
    await news.getArticle('tram-opening');
    expect(delays()).toEqual([10_000]);
  });

  it('gives a busy answer without a readable Retry-After a second at least', async () => {
    sequence(ARTICLE_URL, status(429), status(503, { 'Retry-After': 'soon' }), ok);
    const { news, delays } = setup({ backoffMs: 100 });
    await news.getArticle('tram-opening');
    expect(delays()).toEqual([1000, 1000]);
  });

  it('does not start a wait that would end past the overall limit', async () => {
    const requests = sequence(ARTICLE_URL, status(503, { 'Retry-After': '5' }), ok);
    const { news, delays } = setup({ timeoutMs: 4000 });
    expect(await rejection(news.getArticle('tram-opening'))).toMatchObject({ kind: 'http', status: 503 });
    expect(requests()).toBe(1);
    expect(delays()).toEqual([]);
  });

  it('retries a 500 with backoff, then succeeds', async () => {
    const requests = sequence(`${API}/articles`, status(500), () =>
      HttpResponse.json({ items: [makeSummary()], nextCursor: null, total: 1 }),
    );
    const { news, delays } = setup({ backoffMs: 400 });
    await expect(news.listArticles({})).resolves.toMatchObject({ total: 1 });
    expect(requests()).toBe(2);
    expect(delays()).toEqual([300]); // half the 400 ms step plus half of it again at random 0.5
  });

  it('gives up after three 500s with a message that says so', async () => {
    const requests = sequence(ARTICLE_URL, status(500));
    const { news, delays } = setup({ backoffMs: 400 });
    const error = await rejection(news.getArticle('tram-opening'));
    expect(error).toBeInstanceOf(NewsError);
    expect(error).toMatchObject({
      kind: 'http',
      status: 500,
      message: 'The news service failed (500) after 3 attempts; try again in a moment.',
    });
    expect(requests()).toBe(3);
    expect(delays()).toEqual([300, 600]);
  });

  it('spreads backoff with jitter', async () => {
    sequence(ARTICLE_URL, status(502), ok);
    const low = setup({ backoffMs: 1000, random: () => 0 });
    await low.news.getArticle('tram-opening');
    sequence(ARTICLE_URL, status(502), ok);
    const high = setup({ backoffMs: 1000, random: () => 0.999 });
    await high.news.getArticle('tram-opening');
    expect(low.delays()).toEqual([500]);
    expect(high.delays()[0]).toBeGreaterThan(990);
  });

  it('does not retry a 400 and reports it as a bad request', async () => {
    const requests = sequence(`${API}/articles`, status(400));
    const { news, sleep } = setup();
    const error = await rejection(news.listArticles({ cursor: 'nope' }));
    expect(error).toMatchObject({ kind: 'bad-request', status: 400 });
    expect((error as NewsError).message).toMatch(/\(400\): Server said 400\.$/);
    expect(requests()).toBe(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('does not retry other client errors', async () => {
    const requests = sequence(ARTICLE_URL, status(403));
    const error = await rejection(setup().news.getArticle('tram-opening'));
    expect(error).toMatchObject({ kind: 'http', status: 403 });
    expect(requests()).toBe(1);
  });

  it('retries network failures, then reports them as network errors', async () => {
    const requests = sequence(ARTICLE_URL, () => HttpResponse.error());
    const error = await rejection(setup().news.getArticle('tram-opening'));
    expect(error).toMatchObject({ kind: 'network' });
    expect((error as NewsError).message).toMatch(/could not be reached \(after 3 attempts\)/);
    expect(requests()).toBe(3);
  });

  it('does not retry data that is not JSON', async () => {
    const requests = sequence(ARTICLE_URL, () =>
      HttpResponse.text('{"id": "tram-', { headers: { 'Content-Type': 'application/json' } }),
    );
    const error = await rejection(setup().news.getArticle('tram-opening'));
    expect(error).toMatchObject({ kind: 'invalid-data' });
    expect(requests()).toBe(1);
  });
});

describe('http source: timeouts and aborts', () => {
  it('times out a server that never answers, once: the limit is for the whole request', async () => {
    const requests = sequence(ARTICLE_URL, () => new Promise<Response>(() => {}) as unknown as Response);
    const { news } = setup({ timeoutMs: 20, maxAttempts: 2 });
    const error = await rejection(news.getArticle('tram-opening'));
    expect(error).toBeInstanceOf(NewsError);
    expect(error).toMatchObject({ kind: 'timeout' });
    expect((error as NewsError).message).toMatch(/did not answer within 20 ms \(after 1 attempt\)/);
    expect(requests()).toBe(1);
  });

  it('lets a slow answer win instead of cutting it off to ask again', async () => {
    let requests = 0;
    server.use(
      http.get(ARTICLE_URL, async () => {
        requests += 1;
        await new Promise((resolve) => setTimeout(resolve, 150));
        return ok();
      }),
    );
    const { news } = setup({ timeoutMs: 2000 });
    await expect(news.getArticle('tram-opening')).resolves.toEqual(makeArticle());
    expect(requests).toBe(1);
  });

  it('offline, fails a network error at once, marked for a retry when the connection returns', async () => {
    const requests = sequence(ARTICLE_URL, () => HttpResponse.error());
    const { news, sleep } = setup({ isOnline: () => false });
    const error = await rejection(news.getArticle('tram-opening'));
    expect(error).toMatchObject({ kind: 'network', offline: true });
    expect(requests()).toBe(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('rejects with the AbortError, not a NewsError, when the caller aborts mid-request', async () => {
    const controller = new AbortController();
    const requests = sequence(ARTICLE_URL, () => {
      controller.abort();
      return new Promise<Response>(() => {}) as unknown as Response;
    });
    const { news, sleep } = setup();
    const error = await rejection(news.getArticle('tram-opening', controller.signal));
    expect(isAbortError(error)).toBe(true);
    expect(error).not.toBeInstanceOf(NewsError);
    expect(requests()).toBe(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('stops retrying when the caller aborts during the wait', async () => {
    const controller = new AbortController();
    const requests = sequence(ARTICLE_URL, status(503));
    const error = await rejection(
      createHttpSource({ baseUrl: API, sleep: () => Promise.resolve(controller.abort()) }).getArticle(
        'tram-opening',
        controller.signal,
      ),
    );
    expect(isAbortError(error)).toBe(true);
    expect(requests()).toBe(1);
  });

  it('sends nothing for a signal that is already aborted', async () => {
    const requests = sequence(`${API}/entities`, () => HttpResponse.json({ items: [] }));
    const error = await rejection(setup().news.listEntities({}, AbortSignal.abort()));
    expect(isAbortError(error)).toBe(true);
    expect(requests()).toBe(0);
  });

  it('cuts the real wait short when the caller aborts', async () => {
    const controller = new AbortController();
    sequence(ARTICLE_URL, status(503, { 'Retry-After': '5' }));
    const started = Date.now();
    const pending = rejection(createHttpSource({ baseUrl: API }).getArticle('tram-opening', controller.signal));
    setTimeout(() => controller.abort(), 30);
    expect(isAbortError(await pending)).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('retry policy', () => {
  const now = Date.parse('2025-03-03T10:00:00Z');

  it('parses Retry-After seconds and dates, and ignores nonsense', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Mon, 03 Mar 2025 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 03 Mar 2025 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-3', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('retries only 408, 429 and 5xx, and obeys Retry-After only on 429 and 503', () => {
    expect([400, 401, 404, 408, 409, 429, 500, 503].filter(isRetryableStatus)).toEqual([408, 429, 500, 503]);
    expect([408, 429, 500, 503].filter(honoursRetryAfter)).toEqual([429, 503]);
  });

  it('ignores Retry-After on a plain 500', async () => {
    sequence(ARTICLE_URL, status(500, { 'Retry-After': '9' }), ok);
    const { news, delays } = setup({ backoffMs: 400 });
    await news.getArticle('tram-opening');
    expect(delays()).toEqual([300]);
  });

  it('rejects the real sleep with the AbortError', async () => {
    const controller = new AbortController();
    const pending = rejection(abortableSleep(60_000, controller.signal));
    controller.abort();
    expect(isAbortError(await pending)).toBe(true);
    await expect(abortableSleep(1)).resolves.toBeUndefined();
  });
});
