import * as v from 'valibot';
import { abortError, throwIfAborted } from '../abort';
import { isNewsError, NewsError } from '../errors';
import { ApiErrorSchema } from '../schema/api';
import { parseRetryAfter } from './retry-policy';

/** What one request came back with; the retry loop decides whether a failure is worth repeating. */
export type AttemptOutcome =
  | { type: 'data'; data: unknown }
  | { type: 'status'; status: number; retryAfterMs: number | undefined; serverMessage: string | undefined }
  /** `cutOff`: the answer had begun (status and headers) when the connection failed. */
  | { type: 'network'; cause: unknown; cutOff: boolean }
  | { type: 'timeout' };

export interface AttemptRequest {
  fetch: typeof globalThis.fetch;
  url: string;
  /** Names the resource in messages: "article 'x'", "the story list". */
  label: string;
  /** What is left of the whole request's time limit. */
  timeoutMs: number;
  /** Read when the answer arrives, so a Retry-After date is measured from then. */
  now: () => number;
  signal: AbortSignal | undefined;
}

/**
 * One GET, cut off only when the whole request's time is up. The caller's abort always surfaces as the AbortError (a newer
 * navigation is not a failure); data that is not JSON throws invalid-data, since repeating won't fix it.
 */
export async function fetchAttempt(request: AttemptRequest): Promise<AttemptOutcome> {
  const { signal } = request;
  throwIfAborted(signal);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), request.timeoutMs);
  let answered = false;
  try {
    // The timeout also covers reading the body: a server that stalls mid-answer is as stuck as a silent one.
    const combined = signal ? anySignal([signal, timeout.signal]) : timeout.signal;
    const response = await request.fetch(request.url, { signal: combined, headers: { Accept: 'application/json' } });
    answered = true;
    const elsewhere = redirectProblem(request.url, response, request.label);
    if (elsewhere) {
      void response.body?.cancel().catch(() => undefined);
      throw new NewsError('invalid-data', elsewhere, { status: response.status });
    }
    if (!response.ok) {
      const text = await response.text();
      return {
        type: 'status',
        status: response.status,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), request.now()),
        serverMessage: serverMessage(text),
      };
    }
    const contentProblem = contentTypeProblem(response.headers.get('content-type'), request.label);
    if (contentProblem) {
      void response.body?.cancel().catch(() => undefined);
      throw new NewsError('invalid-data', contentProblem, { status: response.status });
    }
    return { type: 'data', data: parseJsonText(await response.text(), request.label) };
  } catch (error) {
    // Checked first: once the reader has moved on, whatever else went wrong no longer matters.
    if (signal?.aborted) throw abortError();
    if (timeout.signal.aborted) return { type: 'timeout' };
    if (isNewsError(error)) throw error;
    return { type: 'network', cause: error, cutOff: answered };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Same-origin redirects (a trailing slash, a moved path) are followed; an answer that ends on
 * another origin is not Lede's news service speaking, whatever it says, so it is refused. The
 * final address is what the browser reports; an empty one (a synthetic Response) has not moved.
 */
export function redirectProblem(requested: string, response: Response, label: string): string | undefined {
  if (!response.url) return undefined;
  let from: string;
  let to: string;
  try {
    from = new URL(requested).origin;
    to = new URL(response.url).origin;
  } catch {
    return undefined;
  }
  if (from === to) return undefined;
  return `The news service redirected the request for ${label} to another site; Lede only reads news from the API address it was given.`;
}

/** undefined when the answer is JSON (application/json or any +json type), otherwise what to tell the reader. */
export function contentTypeProblem(header: string | null, label: string): string | undefined {
  const type = header?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || /^[a-z0-9.-]+\/[a-z0-9.+-]+\+json$/.test(type)) return undefined;
  if (type === 'text/html') {
    // An SPA host answers unknown paths with index.html, so this nearly always means a wrong API address.
    return `The news service answered with an HTML page instead of JSON for ${label}; check that the API address points at the news API.`;
  }
  if (type === '') return `The news service answered without a content type instead of JSON for ${label}.`;
  // The header is server-controlled text, so it is only echoed when it looks like a plain media type.
  const what = /^[a-z0-9.+-]{1,40}\/[a-z0-9.+-]{1,60}$/.test(type) ? type : 'something other than JSON';
  return `The news service answered with ${what} instead of JSON for ${label}.`;
}

/** The body is never quoted back: it may be huge, or HTML, or hostile, and the reader cannot act on it. */
export function parseJsonText(text: string, label: string): unknown {
  if (text.trim() === '') throw new NewsError('invalid-data', `The news service sent an empty answer for ${label}.`);
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new NewsError(
      'invalid-data',
      `The news service sent invalid JSON for ${label}; the answer may have been cut off, try again.`,
      { cause },
    );
  }
}

const MAX_SERVER_MESSAGE = 200;

/** The server's own {error:{message}} is written for people, so it is worth showing; anything else is not. */
function serverMessage(text: string): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  const result = v.safeParse(ApiErrorSchema, body);
  const message = result.success ? result.output.error.message.trim() : '';
  if (!message) return undefined;
  return message.length > MAX_SERVER_MESSAGE ? `${message.slice(0, MAX_SERVER_MESSAGE - 1)}…` : message;
}

/** AbortSignal.any arrived in Safari 17.4 and Firefox 124; older browsers get the same behaviour by hand. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}
