import type { Token } from '../extract/tokens';
import { CLASSES, classOf, spansOf, TAGS } from './tags';

const PARTS = ['B', 'I', 'L', 'U'] as const;

/**
 * Features of a second reading: what a first reading of the whole story tagged this token and its
 * neighbours, how it tagged the same word elsewhere in the story, and whether a name it found
 * elsewhere covers this token too. A club named in full in the prose ("Ruch Chorzow") is then read
 * as a club in a results table where it stands alone, and a headline's "NEW YORK" as the city the
 * dateline names. Pure, like the first features: the same text and first tags give the same strings.
 */
export function stackFeatures(
  tokens: readonly (readonly Token[])[],
  firstTags: readonly (readonly number[])[],
): string[][][] {
  const featuresOf = stackFeaturizer(tokens, firstTags);
  return tokens.map((line, p) => featuresOf(p, 0, line.length));
}

/** The same features a few tokens at a time: `(paragraph, from, to)` -> those of tokens [from, to). */
export function stackFeaturizer(
  tokens: readonly (readonly Token[])[],
  firstTags: readonly (readonly number[])[],
): (paragraph: number, from: number, to: number) => string[][] {
  const lower = tokens.map((line) => line.map((token) => token.text.toLowerCase()));
  const words = wordClasses(lower, firstTags);
  const phrases = phraseParts(lower, firstTags);
  return (p, from, to) => {
    const tags = firstTags[p] ?? [];
    return (lower[p] ?? []).slice(from, to).map((word, offset) => {
      const i = from + offset;
      const own = tags[i] ?? 0;
      const ownClass = own === 0 ? 'O' : (CLASSES[classOf(own)] ?? 'O');
      const f = [`t0=${TAGS[own]}`, `t-1=${tagName(tags, i - 1)}`, `t+1=${tagName(tags, i + 1)}`];
      f.push(`t01=${TAGS[own]}|${tagName(tags, i + 1)}`, `t10=${tagName(tags, i - 1)}|${TAGS[own]}`);
      const counts = words.get(word);
      if (counts) {
        // The other occurrences: this token's own reading taken out.
        const others = counts.map((n, k) => n - (k === classIndex(own) ? 1 : 0));
        let best = -1;
        others.forEach((n, k) => {
          if (n <= 0) return;
          f.push(`o=${className(k)}`);
          if (best === -1 || n > (others[best] ?? 0)) best = k;
        });
        if (best >= 0) f.push(`om=${className(best)}`, `om0=${className(best)}|${ownClass}`);
      }
      for (const part of phrases.get(`${p}:${i}`) ?? []) f.push(`ps=${part}`);
      return f;
    });
  };
}

function tagName(tags: readonly number[], i: number): string {
  if (i < 0) return '<s>';
  const tag = tags[i];
  return tag === undefined ? '</s>' : (TAGS[tag] ?? 'O');
}

/** Tag -> 0 for O, 1 + class otherwise: the index into a word's counts. */
function classIndex(tag: number): number {
  return tag === 0 ? 0 : 1 + classOf(tag);
}

function className(index: number): string {
  return index === 0 ? 'O' : (CLASSES[index - 1] ?? 'O');
}

/** Lower-cased word -> how many of its occurrences the first reading left out (0) or put in each class. */
function wordClasses(
  lower: readonly (readonly string[])[],
  firstTags: readonly (readonly number[])[],
): Map<string, number[]> {
  const counts = new Map<string, number[]>();
  lower.forEach((line, p) =>
    line.forEach((word, i) => {
      let entry = counts.get(word);
      if (!entry) counts.set(word, (entry = new Array<number>(CLASSES.length + 1).fill(0)));
      const k = classIndex(firstTags[p]?.[i] ?? 0);
      entry[k] = (entry[k] ?? 0) + 1;
    }),
  );
  return counts;
}

/**
 * "p:i" -> the parts ("ORG|B") token i of paragraph p would have if the same words, found as a name
 * somewhere else in the story, were a name here too. Names of one word only count for phrases of two
 * or more: a single word is the word feature's business.
 */
function phraseParts(
  lower: readonly (readonly string[])[],
  firstTags: readonly (readonly number[])[],
): Map<string, string[]> {
  const names = new Map<string, { words: string[]; cls: number; at: Set<string> }>();
  firstTags.forEach((tags, p) => {
    for (const span of spansOf(tags)) {
      if (span.to === span.from) continue;
      const words = (lower[p] ?? []).slice(span.from, span.to + 1);
      const key = `${span.cls}|${words.join(' ')}`;
      const name = names.get(key) ?? { words, cls: span.cls, at: new Set<string>() };
      name.at.add(`${p}:${span.from}`);
      names.set(key, name);
    }
  });
  const byFirst = new Map<string, Array<{ words: string[]; cls: number; at: Set<string> }>>();
  for (const name of names.values()) {
    const first = name.words[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), name]);
  }
  const parts = new Map<string, string[]>();
  lower.forEach((line, p) =>
    line.forEach((word, i) => {
      for (const name of byFirst.get(word) ?? []) {
        const elsewhere = name.at.size > 1 || !name.at.has(`${p}:${i}`);
        if (!elsewhere || !name.words.every((w, k) => line[i + k] === w)) continue;
        const n = name.words.length;
        for (let k = 0; k < n; k += 1) {
          const part = n === 1 ? 3 : k === 0 ? 0 : k === n - 1 ? 2 : 1;
          const key = `${p}:${i + k}`;
          parts.set(key, [...(parts.get(key) ?? []), `${CLASSES[name.cls]}|${PARTS[part]}`]);
        }
      }
    }),
  );
  return parts;
}
