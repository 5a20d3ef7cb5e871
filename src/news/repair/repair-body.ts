import { kindOf, type RepairLog } from './repair-log';

/**
 * The story's paragraphs. Items that are not text are left out, so mention positions, which
 * count the paragraphs as sent, go through `index` to the paragraph they meant.
 */
export interface Body {
  paragraphs: string[];
  /** The paragraph a sent position means now, or undefined if that paragraph was left out. */
  index: (sent: number) => number | undefined;
  /** The text at a sent position. */
  textAt: (sent: number) => string | undefined;
}

export function readBody(value: unknown, log: RepairLog): Body {
  if (typeof value === 'string') {
    log.note('body', 'one text, not a list of paragraphs; split at blank lines');
    const paragraphs = value
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean);
    return { paragraphs, index: () => undefined, textAt: () => undefined };
  }
  if (!Array.isArray(value)) {
    log.note('body', `${kindOf(value)}, not a list of paragraphs; empty`);
    return { paragraphs: [], index: () => undefined, textAt: () => undefined };
  }
  const sent: unknown[] = value;
  const positions: (number | undefined)[] = [];
  const paragraphs: string[] = [];
  sent.forEach((item) => {
    if (typeof item === 'string') {
      positions.push(paragraphs.length);
      paragraphs.push(item);
    } else positions.push(undefined);
  });
  const left = sent.length - paragraphs.length;
  if (left > 0) log.note('body', `${left} paragraph(s) not text; left out`);
  return {
    paragraphs,
    index: (at) => positions[at],
    textAt: (at) => {
      const position = positions[at];
      return position === undefined ? undefined : paragraphs[position];
    },
  };
}
