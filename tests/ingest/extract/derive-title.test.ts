import { describe, expect, it } from 'vitest';
import { deriveTitle } from '../../../src/ingest/cli/article-from-text';

describe('deriveTitle', () => {
  it('uses a short first line without a full stop as the headline', () => {
    expect(deriveTitle(['Ferry strike ends', 'Crews returned on Monday.'])).toBe('Ferry strike ends');
  });

  it('otherwise takes the first sentence, cut on a word boundary at about 100 characters', () => {
    const long =
      'Negotiators from nine coastal states worked through the night on a draft that would oblige every member to publish storm data within a week. More followed.';
    const title = deriveTitle([long]);
    expect(title.length).toBeLessThanOrEqual(100);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(long[title.length - 1]).toBe(' ');
  });
});
