/** A word of a paragraph, with its UTF-16 range so every derived name slices back exactly. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** The text between the previous token and this one ("" for the first). */
  gapBefore: string;
  sentenceStart: boolean;
  /** "Sweden’s", "Oslo-based": the token ends before the suffix, and a name never runs past one. */
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’&.][\p{L}\p{N}]+)*/gu;
// "Sweden’s", and compounds whose first part is the name ("Oslo-based").
const POSSESSIVE = /(?:['’]s|-(?:based|born|led|owned|made|listed|registered|bound|backed))$/u;
const SENTENCE_BREAK = /[.!?:;“"‘(]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    let word = match[0];
    const suffix = POSSESSIVE.exec(word)?.[0] ?? '';
    const possessive = suffix.length > 0 && word.length > suffix.length;
    if (possessive) word = word.slice(0, -suffix.length);
    const gapBefore = text.slice(previousEnd, start);
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      gapBefore,
      sentenceStart: tokens.length === 0 || SENTENCE_BREAK.test(gapBefore),
      possessive,
    });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

export function isCapitalized(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

export function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(word) && /\p{Lu}.*\p{Lu}|\p{N}/u.test(word);
}
