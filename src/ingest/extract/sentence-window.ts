// A full stop, question or exclamation mark (closing quotes and brackets included) before a space.
const SENTENCE_END = /[.!?…]+["”’')\]]*(?=\s|$)/gu;

/**
 * The [start, end) range of the sentence around `offset`, cut where a tagger would cut it, so a
 * word can be tagged with the context it has in the paragraph without tagging the paragraph whole.
 */
export function sentenceAround(text: string, offset: number): [number, number] {
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end > offset) return [start, end];
    start = end;
  }
  return [start, text.length];
}
