import type { IncomingMessage } from 'node:http';
import { type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FetchError } from './fetch-error';

/**
 * The response body, decoded from gzip/deflate/br while it streams, so the cap counts the bytes
 * a parser would see: a gzip bomb is stopped as soon as its output passes the cap.
 */
export function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const declared = Number(response.headers['content-length']);
  if (encoding === 'identity' && Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(tooLarge(maxBytes));
  }
  let stream: Readable;
  try {
    stream = decoded(response, encoding);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    // Destroying the response emits its own errors; the first reason is the one that counts.
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
      response.destroy();
      stream.destroy();
    };
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) fail(tooLarge(maxBytes));
      else chunks.push(chunk);
    });
    stream.on('end', () => {
      settled = true;
      resolve(Buffer.concat(chunks));
    });
    stream.on('error', (error) =>
      fail(error instanceof FetchError ? error : new FetchError('bad-encoding', `the ${encoding} body is corrupt`)),
    );
    response.on('aborted', () => fail(new FetchError('network', 'the server closed the connection mid-answer')));
  });
}

function decoded(response: IncomingMessage, encoding: string): Readable {
  switch (encoding) {
    case 'identity':
      return response;
    case 'gzip':
    case 'x-gzip':
      return response.pipe(createGunzip());
    case 'deflate':
      return response.pipe(createInflate());
    case 'br':
      return response.pipe(createBrotliDecompress());
    default:
      response.destroy();
      throw new FetchError('bad-encoding', `the server sent an unknown content encoding "${encoding}"`);
  }
}

function tooLarge(maxBytes: number): FetchError {
  return new FetchError('too-large', `refused: the answer is larger than ${Math.round(maxBytes / 1_000_000)} MB`);
}
