import { allowed, canEnd } from './tags';

/**
 * The best tag sequence of a line (Viterbi) under BILOU: emission scores (tokens x tags) plus
 * transition scores ((tags + 1) x tags, row 0 for the line's first tag). Impossible sequences
 * (an Inside after O, a line ending inside a name) are never returned. `breaks[i]` set: token i
 * starts afresh (no name runs into it from token i - 1), as after the end of a sentence.
 */
export function viterbi(
  scores: Float32Array,
  length: number,
  tagCount: number,
  transitions: Float32Array,
  breaks?: Uint8Array,
): number[] {
  if (length === 0) return [];
  const legal = legalTable(tagCount);
  let best = new Float64Array(tagCount);
  let next = new Float64Array(tagCount);
  const back = new Int32Array(length * tagCount);
  for (let t = 0; t < tagCount; t += 1)
    best[t] = legal[t] ? (transitions[t] ?? 0) + (scores[t] ?? 0) : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < length; i += 1) {
    const fresh = breaks?.[i] === 1;
    for (let t = 0; t < tagCount; t += 1) {
      let top = Number.NEGATIVE_INFINITY;
      let from = 0;
      for (let s = 0; s < tagCount; s += 1) {
        if (!legal[(s + 1) * tagCount + t] || (fresh && !legal[t])) continue;
        const value = (best[s] ?? 0) + (transitions[(s + 1) * tagCount + t] ?? 0);
        if (value > top) [top, from] = [value, s];
      }
      next[t] = top + (scores[i * tagCount + t] ?? 0);
      back[i * tagCount + t] = from;
    }
    [best, next] = [next, best];
  }
  let last = 0;
  let top = Number.NEGATIVE_INFINITY;
  for (let t = 0; t < tagCount; t += 1) {
    if (canEnd(t) && (best[t] ?? 0) > top) [top, last] = [best[t] ?? 0, t];
  }
  const tags = new Array<number>(length);
  for (let i = length - 1; i >= 0; i -= 1) {
    tags[i] = last;
    last = back[i * tagCount + last] ?? 0;
  }
  return tags;
}

const tables = new Map<number, Uint8Array>();

/** Row 0: may a line start with t; row 1 + s: may t follow s. */
function legalTable(tagCount: number): Uint8Array {
  let table = tables.get(tagCount);
  if (table) return table;
  table = new Uint8Array((tagCount + 1) * tagCount);
  for (let s = -1; s < tagCount; s += 1)
    for (let t = 0; t < tagCount; t += 1) table[(s + 1) * tagCount + t] = allowed(s, t) ? 1 : 0;
  tables.set(tagCount, table);
  return table;
}
