import type { Mention } from '../news/schema/article';

const WORDS_PER_MINUTE = 230;

export function readingMinutes(paragraphs: readonly string[]): number {
  const words = paragraphs.reduce((sum, p) => sum + (p.match(/\S+/g)?.length ?? 0), 0);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * How central an entity is to a story: mentions count, early mentions count more (news puts
 * what matters first), and being named in the headline counts most. Scaled so the top entity is 1.
 */
export function salienceScores(
  mentionsById: ReadonlyMap<string, readonly Mention[]>,
  inTitle: ReadonlySet<string>,
): Map<string, number> {
  const raw = new Map<string, number>();
  for (const [id, mentions] of mentionsById) {
    const weight = mentions.reduce((sum, m) => sum + 1 / (1 + 0.35 * m.paragraph), 0);
    raw.set(id, weight + (inTitle.has(id) ? 2 : 0));
  }
  const top = Math.max(0, ...raw.values());
  return new Map([...raw].map(([id, score]) => [id, top > 0 ? Math.round((score / top) * 1000) / 1000 : 0]));
}

const SENTENCE_END = /[.!?…][”"’')\]]*(?=\s+[\p{Lu}“"‘'(\p{N}]|$)/u;

/** The first sentence, or the first words up to `max` characters, never cut mid-word. */
export function firstSentence(paragraph: string, max = 280): string {
  const end = SENTENCE_END.exec(paragraph);
  const sentence = end ? paragraph.slice(0, end.index + end[0].length) : paragraph;
  return truncateWords(sentence, max);
}

export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}
