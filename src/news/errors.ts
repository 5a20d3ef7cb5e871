/**
 * Every failure a source can produce, with a message written for the person reading the screen.
 * `kind` drives retries and the UI: not-found gets a not-found view, the rest an error panel.
 */
export type NewsErrorKind = 'not-found' | 'bad-request' | 'invalid-data' | 'http' | 'network' | 'timeout' | 'config';

export interface NewsErrorOptions {
  status?: number;
  retryAfterMs?: number;
  cause?: unknown;
  /** The device had no connection: worth trying again, as soon as it has one. */
  offline?: boolean;
}

export class NewsError extends Error {
  readonly kind: NewsErrorKind;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly offline: boolean;

  constructor(kind: NewsErrorKind, message: string, options: NewsErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'NewsError';
    this.kind = kind;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.offline = options.offline ?? false;
  }
}

export function isNewsError(error: unknown): error is NewsError {
  return error instanceof NewsError;
}

export function isNotFound(error: unknown): boolean {
  return isNewsError(error) && error.kind === 'not-found';
}
