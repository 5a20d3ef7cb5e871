import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/news/engine/cursor';

describe('cursor', () => {
  it('round-trips a key, including non-ASCII ids', () => {
    const key = { time: 1_762_000_000_000, id: 'kihara-jonson' };
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
  });

  it('rejects garbage with a bad-request error that says what to do', () => {
    expect(() => decodeCursor('not a cursor')).toThrow(/not valid; start again without a cursor/);
  });
});
