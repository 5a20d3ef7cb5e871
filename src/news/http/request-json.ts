import { throwIfAborted } from '../abort';
import { fetchAttempt, type AttemptOutcome } from './fetch-attempt';
import { failureError } from './http-errors';
import { honoursRetryAfter, isRetryableStatus, retryDelay, type RetryPolicy, type Sleep } from './retry-policy';

export interface RequestContext {
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  policy: RetryPolicy;
  sleep: Sleep;
}

export interface JsonRequest {
  url: string;
  label: string;
  /** Given for detail requests, where a 404 is an answer ("no such story") rather than a fault. */
  notFoundMessage?: string;
}

/**
 * GETs JSON with the retry rules of the data layer: timeouts, network errors, 408, 429 and 5xx are
 * repeated up to maxAttempts; everything else fails at once. Returns unvalidated JSON.
 */
export async function requestJson(
  context: RequestContext,
  request: JsonRequest,
  signal?: AbortSignal,
): Promise<unknown> {
  const { policy } = context;
  const maxAttempts = Math.max(1, Math.floor(policy.maxAttempts));
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await fetchAttempt({
      fetch: context.fetch,
      url: request.url,
      label: request.label,
      timeoutMs: context.timeoutMs,
      now: policy.now,
      signal,
    });
    if (outcome.type === 'data') return outcome.data;
    if (!isRetryable(outcome) || attempt >= maxAttempts) {
      throw failureError(outcome, {
        label: request.label,
        notFoundMessage: request.notFoundMessage,
        attempts: attempt,
        timeoutMs: context.timeoutMs,
      });
    }
    const retryAfterMs =
      outcome.type === 'status' && honoursRetryAfter(outcome.status) ? outcome.retryAfterMs : undefined;
    await context.sleep(retryDelay(attempt, retryAfterMs, policy), signal);
    // An injected sleep may ignore the signal; the reader's newer click must still win.
    throwIfAborted(signal);
  }
}

function isRetryable(outcome: Exclude<AttemptOutcome, { type: 'data' }>): boolean {
  return outcome.type !== 'status' || isRetryableStatus(outcome.status);
}
