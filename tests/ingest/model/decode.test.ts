import { describe, expect, it } from 'vitest';
import { viterbi } from '../../../src/ingest/model/decode';
import { allowed, Part, spansOf, tagOf, TAGS, tagsOf } from '../../../src/ingest/model/tags';

const T = TAGS.length;

describe('BILOU tags', () => {
  it('round-trip spans', () => {
    const spans = [
      { from: 0, to: 1, cls: 0 },
      { from: 3, to: 3, cls: 2 },
      { from: 4, to: 6, cls: 1 },
    ];
    expect(spansOf(tagsOf(8, spans))).toEqual(spans);
  });

  it('allow only well-formed sequences', () => {
    expect(allowed(-1, tagOf(0, Part.Inside))).toBe(false);
    expect(allowed(tagOf(0, Part.Begin), tagOf(1, Part.Last))).toBe(false);
    expect(allowed(tagOf(0, Part.Begin), tagOf(0, Part.Last))).toBe(true);
    expect(allowed(tagOf(0, Part.Last), 0)).toBe(true);
  });
});

describe('viterbi', () => {
  it('never returns an open name, even when each token alone prefers one', () => {
    const scores = new Float32Array(2 * T);
    // Both tokens prefer "Begin PER" on their own; the best legal reading is B-PER L-PER.
    scores[tagOf(0, Part.Begin)] = 5;
    scores[T + tagOf(0, Part.Begin)] = 5;
    scores[T + tagOf(0, Part.Last)] = 4;
    const tags = viterbi(scores, 2, T, new Float32Array((T + 1) * T));
    expect(tags).toEqual([tagOf(0, Part.Begin), tagOf(0, Part.Last)]);
  });

  it('returns nothing for an empty line', () => {
    expect(viterbi(new Float32Array(0), 0, T, new Float32Array((T + 1) * T))).toEqual([]);
  });
});
