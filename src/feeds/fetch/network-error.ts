import { FetchError } from './fetch-error';

const WORDS: Record<string, string> = {
  ECONNREFUSED: 'the server refused the connection',
  ECONNRESET: 'the connection was reset',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network cannot be reached',
  EPIPE: 'the connection was closed',
  HPE_INVALID_CONSTANT: 'the server answered with something that is not HTTP',
};

/** A socket or TLS error -> a FetchError whose message says what happened to this host. */
export function networkError(error: unknown, host: string): FetchError {
  if (error instanceof FetchError) return error;
  const code = (error as { code?: unknown }).code;
  const name = typeof code === 'string' ? code : 'unknown error';
  if (name.includes('CERT') || name.includes('TLS') || name.startsWith('ERR_SSL')) {
    return new FetchError('network', `${host}: the server's certificate is not valid (${name})`);
  }
  return new FetchError('network', `${host}: ${WORDS[name] ?? `could not fetch (${name})`}`);
}

/** Retry-After as seconds, from either of its forms (seconds, or an HTTP date). */
export function retryAfterSeconds(header: string | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - now) / 1000));
}
