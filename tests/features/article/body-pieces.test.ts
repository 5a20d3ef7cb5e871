import { describe, expect, it } from 'vitest';
import { bodyPieces } from '../../../src/features/article/body-pieces';
import type { MentionSegment, Segment } from '../../../src/features/article/mention-segments';
import type { ArticleEntity } from '../../../src/news/schema/article';

const geneva: ArticleEntity = { id: 'geneva', name: 'Geneva', type: 'place', salience: 1, mentions: [] };
const mark = (index: number): MentionSegment => ({ entity: geneva, index, text: 'Geneva' });
const text = (segments: Segment[]) =>
  segments.map((s) => (typeof s === 'string' ? s : 'text' in s ? s.text : '')).join('');

describe('bodyPieces', () => {
  it('keeps an ordinary paragraph, and an empty one, as one piece each', () => {
    const pieces = bodyPieces([['Short.'], [], [mark(0), ' said so.']], 100);
    expect(pieces).toEqual([
      { paragraph: 0, segments: ['Short.'] },
      { paragraph: 1, segments: [] },
      { paragraph: 2, segments: [mark(0), ' said so.'] },
    ]);
  });

  it('cuts a long paragraph after a space into pieces no longer than the limit, never inside a mark', () => {
    const words = 'word '.repeat(60);
    const paragraph: Segment[] = [words, mark(0), ` ${words}`, mark(1), '.'];
    const pieces = bodyPieces([paragraph], 50);

    expect(pieces.every((piece) => piece.paragraph === 0)).toBe(true);
    expect(pieces.every((piece) => text(piece.segments).length <= 50)).toBe(true);
    expect(pieces.map((piece) => text(piece.segments)).join('')).toBe(text(paragraph));
    const marks = pieces.flatMap((piece) => piece.segments.filter((s) => typeof s !== 'string'));
    expect(marks).toEqual([mark(0), mark(1)]);
    // Every piece but the last ends at a word boundary.
    for (const piece of pieces.slice(0, -1)) expect(text(piece.segments)).toMatch(/(\s|Geneva)$/);
  });

  it('cuts text without spaces hard at the limit', () => {
    const pieces = bodyPieces([['x'.repeat(120)]], 50);
    expect(pieces.map((piece) => text(piece.segments).length)).toEqual([50, 50, 20]);
  });
});
