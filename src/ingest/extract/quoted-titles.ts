import type { Candidate } from './candidate';
import type { Token } from './tokens';

// Inside a title of a work, these stay lower case ("Orchard in Winter", "War and Peace").
const SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
const QUOTED = /[“"]([^“”"]{3,80})[”"]/gu;

/**
 * News quotes the titles of films, books and songs: a quotation of two or more words, every one
 * capitalized but the small ones, with no sentence punctuation inside, is the title of a work
 * (“Orchard in Winter”, “The Winter Orchard”). Quoted speech ("We built it to give a number") is
 * not title case, so it is left alone.
 */
export function quotedTitles(text: string, paragraph: number, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const inner = match[1] ?? '';
    const start = match.index + 1;
    const end = start + inner.length;
    const words = tokens.filter((token) => token.start >= start && token.end <= end);
    const first = words[0];
    if (!first || words.length < 2 || /[.!?,;:]/u.test(inner) || inner !== inner.trim()) continue;
    if (!words.every((word, i) => /^\p{Lu}/u.test(word.text) || (i > 0 && SMALL_WORDS.has(word.text)))) continue;
    found.push({ paragraph, tokens: words, name: inner, type: 'other' });
  }
  return found;
}
