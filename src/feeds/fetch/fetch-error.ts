/** What went wrong, for code (backoff, health) and for people (the message). */
export type FetchErrorCode =
  | 'bad-url'
  | 'refused'
  | 'dns'
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'too-many-redirects'
  | 'too-large'
  | 'bad-encoding'
  | 'robots'
  | 'not-a-feed'
  | 'not-extractable';

/** Messages are shown as a source's last error, so they say what happened in words a person can act on. */
export class FetchError extends Error {
  override readonly name = 'FetchError';

  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly details: { status?: number; retryAfterSeconds?: number; url?: string } = {},
  ) {
    super(message);
  }
}
