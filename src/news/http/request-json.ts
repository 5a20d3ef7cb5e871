import { throwIfAborted } from '../abort';
import { NewsError } from '../errors';
import { fetchAttempt, type AttemptOutcome } from './fetch-attempt';
import { failureError } from './http-errors';
import { honoursRetryAfter, isRetryableStatus, retryDelay, type RetryPolicy, type Sleep } from './retry-policy';

export interface RequestContext {
  fetch: typeof globalThis.fetch;
  /** The whole request, every attempt and wait included: a slow answer is waited for, up to this. */
  timeoutMs: number;
  policy: RetryPolicy;
  sleep: Sleep;
  /** Whether the device has a connection (navigator.onLine where there is one). */
  isOnline: () => boolean;
}

export interface JsonRequest {
  url: string;
  label: string;
  /** Given for detail requests, where a 404 is an answer ("no such story") rather than a fault. */
  notFoundMessage?: string;
}

type Failure = Exclude<AttemptOutcome, { type: 'data' }>;

/**
 * GETs JSON with the retry rules of the data layer: network errors, 408, 429 and 5xx are repeated
 * up to maxAttempts; everything else fails at once. An attempt in flight is never cut short to
 * start the same request again: only the overall limit ends it, and a timeout is not retried.
 * A wait that would end past that limit, or a Retry-After beyond the cap, ends the request now.
 * Offline, a failed attempt is not repeated: the reader's query waits for the connection instead.
 * Returns unvalidated JSON.
 */
export async function requestJson(
  context: RequestContext,
  request: JsonRequest,
  signal?: AbortSignal,
): Promise<unknown> {
  const { policy } = context;
  const maxAttempts = Math.max(1, Math.floor(policy.maxAttempts));
  const deadline = policy.now() + context.timeoutMs;
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await fetchAttempt({
      fetch: context.fetch,
      url: request.url,
      label: request.label,
      timeoutMs: Math.max(0, deadline - policy.now()),
      now: policy.now,
      signal,
    });
    if (outcome.type === 'data') return outcome.data;
    const fail = () => failure(outcome, request, attempt, context);
    if (!isRetryable(outcome) || attempt >= maxAttempts) throw fail();
    if (outcome.type === 'network' && !context.isOnline()) throw offlineError(outcome.cause);
    const busy =
      outcome.type === 'status' && honoursRetryAfter(outcome.status)
        ? { retryAfterMs: outcome.retryAfterMs }
        : undefined;
    const delay = retryDelay(attempt, busy, policy);
    if (delay === undefined || policy.now() + delay >= deadline) throw fail();
    await context.sleep(delay, signal);
    // An injected sleep may ignore the signal; the reader's newer click must still win.
    throwIfAborted(signal);
  }
}

function failure(outcome: Failure, request: JsonRequest, attempts: number, context: RequestContext): NewsError {
  return failureError(outcome, {
    label: request.label,
    notFoundMessage: request.notFoundMessage,
    attempts,
    timeoutMs: context.timeoutMs,
  });
}

/** Marked so the reader's query layer can wait for the connection and try again when it returns. */
export function offlineError(cause: unknown): NewsError {
  return new NewsError('network', 'You are offline; Lede will try again when the connection returns.', {
    cause,
    offline: true,
  });
}

/** A timeout has used up the whole allowance, so there is nothing left to retry with. */
function isRetryable(outcome: Failure): boolean {
  if (outcome.type === 'timeout') return false;
  return outcome.type !== 'status' || isRetryableStatus(outcome.status);
}
