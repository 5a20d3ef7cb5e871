import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/ingest/clean';

const seedDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

describe('cleanText', () => {
  it('turns credit lines into credits and keeps them out of the body', () => {
    const result = cleanText(' Image Credits: CNBC TV18\n\t\t\t\t\tImage Credits: CNBC TV18\nThe story begins here.\n');
    expect(result.credits).toEqual(['CNBC TV18']);
    expect(result.paragraphs).toEqual(['The story begins here.']);
  });

  it('returns nothing, not an empty paragraph, for input of only credit lines', () => {
    expect(cleanText('Image Credits: A\n\t\tImage credit: B\nPhoto credit - C')).toEqual({
      paragraphs: [],
      credits: ['A', 'B', 'C'],
    });
  });

  it('handles empty and whitespace-only input', () => {
    expect(cleanText('')).toEqual({ paragraphs: [], credits: [] });
    expect(cleanText(' \t\n\r\n  \n')).toEqual({ paragraphs: [], credits: [] });
  });

  it('normalizes CRLF, tab runs and stray spaces', () => {
    const result = cleanText('First\t\t\tline  with   gaps.  \r\nSecond\u00a0line.\r\n');
    expect(result.paragraphs).toEqual(['First line with gaps.', 'Second line.']);
  });

  it('joins soft-wrapped lines when blank lines separate paragraphs', () => {
    const result = cleanText('One sentence\nwrapped here.\n\nA second paragraph.\n');
    expect(result.paragraphs).toEqual(['One sentence wrapped here.', 'A second paragraph.']);
  });

  it('drops duplicated lines', () => {
    expect(cleanText('Same line.\nOther line.\nSame line.').paragraphs).toEqual(['Same line.', 'Other line.']);
  });

  it('keeps typographic quotes and non-Latin text intact', () => {
    const text = 'Kihara called it a “major strategic decision,” Sweden’s move. 木原稔 said «так».';
    expect(cleanText(text).paragraphs).toEqual([text]);
  });

  it('keeps replacement characters from invalid UTF-8 but strips control characters', () => {
    const decoded = new TextDecoder().decode(new Uint8Array([0x41, 0xff, 0x42, 0x07, 0x43]));
    expect(cleanText(decoded).paragraphs).toEqual(['A\uFFFDBC']);
  });

  it('cleans a 1 MB paragraph in linear time', () => {
    const big = 'word\t\t '.repeat(150_000);
    const started = performance.now();
    const result = cleanText(big);
    expect(result.paragraphs).toHaveLength(1);
    expect(result.paragraphs[0]?.startsWith('word word')).toBe(true);
    // Generous bound: this guards against a quadratic regression, not a speed target.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  // The seed is not ours to copy into the repo; it sits in shared/ beside the checkout (as in CI).
  it.skipIf(!existsSync(seedDir))('cleans the scraped seed article from ../shared/seeds', () => {
    const file = readdirSync(seedDir).find((name) => name.endsWith('.txt'));
    if (!file) throw new Error('no seed file');
    const result = cleanText(readFileSync(join(seedDir, file), 'utf8'));
    expect(result.credits).toEqual(['CNBC TV18']);
    expect(result.paragraphs).toHaveLength(5);
    expect(result.paragraphs.join(' ')).not.toMatch(/Image Credits|\t| {2}/);
    expect(result.paragraphs[2]).toContain('“major strategic decision,”');
  });
});
