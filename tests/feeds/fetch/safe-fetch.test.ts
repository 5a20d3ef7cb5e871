// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../../src/feeds/fetch/fetch-error';
import { type FetchOutcome, safeFetch, type SafeFetchOptions } from '../../../src/feeds/fetch/safe-fetch';
import { type LoopbackWeb, startLoopbackWeb } from '../loopback-web';

let web: LoopbackWeb;
// Tests reach the loopback web and nothing else that is not public.
const allowed: SafeFetchOptions = { allowAddresses: ['127.0.0.1'] };

beforeAll(async () => {
  web = await startLoopbackWeb();
});
afterAll(() => web.close());

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

function body(outcome: FetchOutcome): string {
  if (outcome.notModified) throw new Error('expected a body');
  return outcome.body.toString('utf8');
}

describe('safeFetch', () => {
  it('fetches a feed and names Lede in the User-Agent', async () => {
    const outcome = await safeFetch(web.url('/news/rss.xml'), allowed);
    expect(body(outcome)).toContain('<rss version="2.0"');
    const headers = JSON.parse(body(await safeFetch(web.url('/headers'), allowed))) as Record<string, string>;
    expect(headers['user-agent']).toMatch(/^Lede\/\S+ \(.*\+https?:\/\/\S+\)$/);
    expect(headers['accept-encoding']).toContain('gzip');
  });

  it('refuses loopback unless allowed, and allows it with allowPrivateNetwork', async () => {
    expect((await failure(safeFetch(web.url('/news/rss.xml')))).message).toBe(
      'refused: 127.0.0.1 is a loopback address',
    );
    const outcome = await safeFetch(web.url('/news/rss.xml'), { allowPrivateNetwork: true });
    expect(outcome.notModified).toBe(false);
  });

  it('refuses schemes other than http(s)', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.com/feed', 'javascript:alert(1)']) {
      expect((await failure(safeFetch(url))).message).toMatch(/^refused: only http and https/);
    }
  });

  it('checks every redirect hop: private, metadata, a name that resolves privately, other schemes', async () => {
    expect((await failure(safeFetch(web.url('/redirect-private'), allowed))).message).toBe(
      'refused: 10.0.0.5 is a private address',
    );
    const metadata = await failure(safeFetch(web.url('/redirect-metadata'), { ...allowed, allowPrivateNetwork: true }));
    expect(metadata.message).toBe('refused: 169.254.169.254 is a cloud-metadata address');
    const resolver = (host: string) => Promise.resolve(host === 'internal.test' ? ['10.1.2.3'] : ['127.0.0.1']);
    expect((await failure(safeFetch(web.url('/redirect-named'), { ...allowed, resolver }))).message).toBe(
      'refused: 10.1.2.3 is a private address',
    );
    expect((await failure(safeFetch(web.url('/redirect-scheme'), allowed))).message).toMatch(/not file:/);
  });

  it('pins the checked address, so a second DNS answer cannot rebind the connection', async () => {
    const answers = [['127.0.0.1'], ['10.0.0.5']];
    let calls = 0;
    const resolver = () => Promise.resolve(answers[calls++] ?? ['10.0.0.5']);
    const port = new URL(web.origin).port;
    const outcome = await safeFetch(`http://rebind.test:${port}/news/rss.xml`, { ...allowed, resolver });
    expect(body(outcome)).toContain('Larkmoor Gazette');
    expect(calls).toBe(1);
  });

  it('skips refused answers and uses an allowed one', async () => {
    const resolver = () => Promise.resolve(['10.0.0.5', '127.0.0.1']);
    const port = new URL(web.origin).port;
    expect(body(await safeFetch(`http://mixed.test:${port}/news/rss.xml`, { ...allowed, resolver }))).toContain('<rss');
  });

  it('follows at most 5 redirects', async () => {
    const outcome = await safeFetch(web.url('/redirect/5'), allowed);
    expect(outcome.url).toBe(web.url('/news/rss.xml'));
    const error = await failure(safeFetch(web.url('/redirect/6'), allowed));
    expect(error.code).toBe('too-many-redirects');
    expect(error.message).toBe('gave up after 5 redirects');
  });

  it('says what the server answered', async () => {
    expect((await failure(safeFetch(web.url('/status/404'), allowed))).message).toBe('the server answered 404');
    const error = await failure(safeFetch(web.url('/status/500'), allowed));
    expect(error.details.status).toBe(500);
    expect((await failure(safeFetch(web.url('/status/429'), allowed))).details.retryAfterSeconds).toBe(120);
  });

  it('times out a slow server and a body that never ends', async () => {
    expect((await failure(safeFetch(web.url('/slow'), { ...allowed, timeoutMs: 300 }))).message).toBe(
      'timed out after 0.3 s',
    );
    const started = Date.now();
    const error = await failure(safeFetch(web.url('/slow-body'), { ...allowed, timeoutMs: 500 }));
    expect(error.message).toBe('timed out after 0.5 s');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops an oversize body and a gzip bomb at the cap, counted after decompression', async () => {
    expect((await failure(safeFetch(web.url('/big'), allowed))).message).toBe(
      'refused: the answer is larger than 10 MB',
    );
    const bomb = await failure(safeFetch(web.url('/bomb'), allowed));
    expect(bomb.code).toBe('too-large');
    expect((await failure(safeFetch(web.url('/news/rss.xml'), { ...allowed, maxBytes: 1000 }))).code).toBe('too-large');
  });

  it('decodes gzip', async () => {
    expect(body(await safeFetch(web.url('/gzip/rss.xml'), allowed))).toContain('Larkmoor Gazette');
  });

  it('sends validators and reports 304 as not modified', async () => {
    const first = await safeFetch(web.url('/conditional/rss.xml'), allowed);
    expect(first.etag).toBe('"larkmoor-v1"');
    const second = await safeFetch(web.url('/conditional/rss.xml'), { ...allowed, etag: first.etag ?? null });
    expect(second.notModified).toBe(true);
    const third = await safeFetch(web.url('/conditional/rss.xml'), {
      ...allowed,
      lastModified: first.lastModified ?? null,
    });
    expect(third.notModified).toBe(true);
  });

  it('says when a name does not resolve or the port is closed', async () => {
    const resolver = () => Promise.reject(new Error('ENOTFOUND'));
    expect((await failure(safeFetch('http://nowhere.test/', { resolver }))).message).toBe(
      'the name nowhere.test does not resolve',
    );
    expect((await failure(safeFetch('http://127.0.0.1:1/', allowed))).message).toBe(
      '127.0.0.1:1: the server refused the connection',
    );
  });
});
