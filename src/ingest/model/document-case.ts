import type { Token } from '../extract/tokens';
import { lineKind } from './line-kind';

/** How a word is written elsewhere in the same story, in lines whose capitals mean something. */
export interface WordCase {
  /** Capitalized in the middle of a prose sentence: a name there. */
  midCapital: boolean;
  /** Lower case somewhere: a common word there. */
  lower: boolean;
}

export type DocumentCase = ReadonlyMap<string, WordCase>;

/** Lower-cased word -> how the story writes it, headlines and tables aside. */
export function documentCase(tokens: readonly (readonly Token[])[], paragraphs: readonly string[]): DocumentCase {
  const cases = new Map<string, WordCase>();
  tokens.forEach((line, p) => {
    const kind = lineKind(paragraphs[p] ?? '', line);
    if (kind === 'caps' || kind === 'dateline') return;
    for (const token of line) {
      const key = token.text.toLowerCase();
      let seen = cases.get(key);
      if (!seen) {
        seen = { midCapital: false, lower: false };
        cases.set(key, seen);
      }
      if (/^\p{Ll}/u.test(token.text)) seen.lower = true;
      else if (!token.sentenceStart && /^\p{Lu}/u.test(token.text)) seen.midCapital = true;
    }
  });
  return cases;
}
