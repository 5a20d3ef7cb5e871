import { type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { FetchError } from './fetch-error';
import { networkError } from './network-error';
import type { PinnedAddress } from './resolve-host';
import type { SafeFetchOptions } from './safe-fetch';
import { ledeUserAgent } from './user-agent';

/** One GET to one hop, connected to the pinned address, resolved when the headers arrive. */
export function send(
  url: URL,
  pinned: PinnedAddress,
  options: SafeFetchOptions,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<IncomingMessage> {
  // The connection goes to the address that was checked, whatever DNS answers a second time.
  const lookup: LookupFunction = (_host, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers: requestHeaders(options), lookup, agent: false });
    const connectMs = options.connectTimeoutMs ?? 10_000;
    const connectTimer = setTimeout(() => {
      req.destroy(new FetchError('timeout', `${url.host}: timed out after ${seconds(connectMs)} s connecting`));
    }, connectMs);
    req.on('socket', (socket) =>
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer)),
    );
    const onAbort = () => req.destroy(abortReason(signal, timeoutMs));
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('response', (response) => {
      clearTimeout(connectTimer);
      resolve(response);
    });
    req.on('error', (error) => {
      clearTimeout(connectTimer);
      signal.removeEventListener('abort', onAbort);
      reject(signal.aborted ? abortReason(signal, timeoutMs) : networkError(error, url.host));
    });
    req.on('close', () => clearTimeout(connectTimer));
    req.end();
  });
}

export function abortReason(signal: AbortSignal, timeoutMs: number): FetchError {
  const reason: unknown = signal.reason;
  if (reason instanceof DOMException && reason.name === 'TimeoutError') {
    return new FetchError('timeout', `timed out after ${seconds(timeoutMs)} s`);
  }
  return new FetchError('network', 'the fetch was cancelled');
}

function requestHeaders(options: SafeFetchOptions): Record<string, string> {
  return {
    'user-agent': options.userAgent ?? ledeUserAgent(),
    accept: options.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
    ...(options.etag ? { 'if-none-match': options.etag } : {}),
    ...(options.lastModified ? { 'if-modified-since': options.lastModified } : {}),
  };
}

function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}
