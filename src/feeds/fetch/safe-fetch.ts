import type { IncomingMessage } from 'node:http';
import type { AddressPolicy } from './address-policy';
import { FetchError } from './fetch-error';
import { retryAfterSeconds } from './network-error';
import { readBody } from './read-body';
import { type Resolver, resolveAllowed } from './resolve-host';
import { abortReason, send } from './send-request';

export const FEED_MAX_BYTES = 10_000_000;
export const PAGE_MAX_BYTES = 5_000_000;

export interface SafeFetchOptions extends AddressPolicy {
  /** Cap on the decoded body (default 10 MB, the feed cap; pages use PAGE_MAX_BYTES). */
  maxBytes?: number;
  connectTimeoutMs?: number;
  /** For the whole fetch, redirects included. */
  timeoutMs?: number;
  maxRedirects?: number;
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  userAgent?: string;
  resolver?: Resolver;
  signal?: AbortSignal;
}

interface Validators {
  /** The address the answer finally came from, after redirects. */
  url: string;
  etag?: string;
  lastModified?: string;
  cacheControl?: string;
}

export type FetchOutcome =
  | (Validators & { notModified: true })
  | (Validators & { notModified: false; status: number; contentType: string | null; body: Buffer });

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * GET a URL a user gave us without letting it reach anything it should not: http(s) only, every
 * hop's address checked after resolution and pinned for its connection, at most `maxRedirects`
 * redirects, connect and total timeouts, and a cap on the decoded size.
 */
export async function safeFetch(target: string, options: SafeFetchOptions = {}): Promise<FetchOutcome> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  const maxRedirects = options.maxRedirects ?? 5;
  let url = parseHttpUrl(target);
  for (let hop = 0; ; hop += 1) {
    const pinned = await resolveAllowed(url.hostname, options, options.resolver);
    const response = await send(url, pinned, options, signal, timeoutMs);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location) {
      response.destroy();
      if (hop >= maxRedirects) throw new FetchError('too-many-redirects', `gave up after ${maxRedirects} redirects`);
      url = parseHttpUrl(new URL(location, url).href);
      continue;
    }
    const validators = validatorsOf(url, response);
    if (status === 304) {
      response.destroy();
      return { ...validators, notModified: true };
    }
    if (status < 200 || status > 299) {
      response.destroy();
      const retryAfter = retryAfterSeconds(header(response, 'retry-after'));
      throw new FetchError('http-status', `the server answered ${status}`, {
        status,
        url: url.href,
        ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter }),
      });
    }
    const body = await withAbort(readBody(response, options.maxBytes ?? FEED_MAX_BYTES), signal, timeoutMs, response);
    const contentType = header(response, 'content-type') ?? null;
    return { ...validators, notModified: false, status, contentType, body };
  }
}

export function parseHttpUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new FetchError('bad-url', `"${value.slice(0, 200)}" is not a web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad-url', `refused: only http and https addresses are fetched, not ${url.protocol}`);
  }
  return url;
}

function withAbort<T>(work: Promise<T>, signal: AbortSignal, timeoutMs: number, response: IncomingMessage): Promise<T> {
  if (signal.aborted) response.destroy();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      response.destroy();
      reject(abortReason(signal, timeoutMs));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function validatorsOf(url: URL, response: IncomingMessage): Validators {
  const etag = header(response, 'etag');
  const lastModified = header(response, 'last-modified');
  const cacheControl = header(response, 'cache-control');
  return {
    url: url.href,
    ...(etag ? { etag } : {}),
    ...(lastModified ? { lastModified } : {}),
    ...(cacheControl ? { cacheControl } : {}),
  };
}

function header(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
