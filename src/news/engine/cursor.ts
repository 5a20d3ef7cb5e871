import { NewsError } from '../errors';

/**
 * A cursor names the last story a page ended on (its time and id), not a position, so a page
 * fetched after newer stories arrive still continues exactly where the reader left off.
 */
export interface CursorKey {
  time: number;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return toBase64Url(JSON.stringify([key.time, key.id]));
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const value: unknown = JSON.parse(fromBase64Url(cursor));
    if (Array.isArray(value) && value.length === 2) {
      const [time, id] = value as unknown[];
      if (typeof time === 'number' && Number.isFinite(time) && typeof id === 'string') return { time, id };
    }
  } catch {
    // fall through to the error below: a malformed cursor is the caller's mistake, not ours
  }
  throw new NewsError('bad-request', `cursor '${cursor.slice(0, 40)}' is not valid; start again without a cursor`, {
    status: 400,
  });
}

/** Newest first; equal times fall back to id so the order is total and stable. */
export function compareKeys(a: CursorKey, b: CursorKey): number {
  if (a.time !== b.time) return b.time - a.time;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  bytes.forEach((byte) => (binary += String.fromCharCode(byte)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}
