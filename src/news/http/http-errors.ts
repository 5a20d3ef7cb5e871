import { NewsError } from '../errors';
import type { AttemptOutcome } from './fetch-attempt';

type Failure = Exclude<AttemptOutcome, { type: 'data' }>;

export interface FailureContext {
  label: string;
  /** Set for detail requests: a 404 there means the story or entity does not exist. */
  notFoundMessage: string | undefined;
  attempts: number;
  timeoutMs: number;
}

/** Turns the last failed attempt into the error the reader sees, worded so they know what to do next. */
export function failureError(failure: Failure, context: FailureContext): NewsError {
  const tries = `after ${context.attempts} attempt${context.attempts === 1 ? '' : 's'}`;
  switch (failure.type) {
    case 'timeout':
      return new NewsError(
        'timeout',
        `The news service did not answer within ${formatDuration(context.timeoutMs)} (${tries}); check your connection and try again.`,
      );
    case 'network':
      return new NewsError(
        'network',
        failure.cutOff
          ? `The news service's answer for ${context.label} was cut off (${tries}); try again in a moment.`
          : `The news service could not be reached (${tries}); check your connection and try again.`,
        { cause: failure.cause },
      );
    case 'status':
      return statusError(failure, context, tries);
  }
}

function statusError(failure: Extract<Failure, { type: 'status' }>, context: FailureContext, tries: string): NewsError {
  const { status, serverMessage, retryAfterMs } = failure;
  const options = { status, retryAfterMs };
  const detail = serverMessage ? `: ${serverMessage}` : '.';
  if (status === 404 && context.notFoundMessage !== undefined) {
    return new NewsError('not-found', serverMessage ?? context.notFoundMessage, options);
  }
  // A list endpoint that is missing altogether points at the configuration, not at the reader's query.
  if (status === 404) {
    return new NewsError(
      'http',
      `The news service has nothing at the address for ${context.label} (404); check the API address.`,
      options,
    );
  }
  if (status === 400) {
    return new NewsError(
      'bad-request',
      `The news service refused the request for ${context.label} (400)${detail}`,
      options,
    );
  }
  if (status === 408 || status === 429) {
    const what = status === 429 ? 'is busy' : 'timed out';
    return new NewsError('http', `The news service ${what} (${status}) ${tries}; try again in a moment.`, options);
  }
  if (status >= 500) {
    return new NewsError('http', `The news service failed (${status}) ${tries}; try again in a moment.`, options);
  }
  if (status >= 400) {
    return new NewsError(
      'http',
      `The news service refused the request for ${context.label} (${status})${detail}`,
      options,
    );
  }
  return new NewsError(
    'http',
    `The news service answered ${status} for ${context.label}, which Lede cannot use.`,
    options,
  );
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}
