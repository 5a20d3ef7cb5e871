import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../../src/features/article/mention-segments';
import type { ArticleEntity } from '../../../src/news/schema/article';

const entity = (id: string, mentions: ArticleEntity['mentions']): ArticleEntity => ({
  id,
  name: id,
  type: 'person',
  salience: 0.5,
  mentions,
});

describe('segmentBody', () => {
  it('splits each paragraph into text and mentions in reading order, keeping each mention’s index', () => {
    const body = ['Ann met Bo and Ann.', 'Bo left.'];
    const ann = entity('ann', [
      { paragraph: 0, start: 15, end: 18 },
      { paragraph: 0, start: 0, end: 3 },
    ]);
    const bo = entity('bo', [
      { paragraph: 0, start: 8, end: 10 },
      { paragraph: 1, start: 0, end: 2 },
    ]);
    const [first, second] = segmentBody({ body, entities: [ann, bo] });

    expect(first).toEqual([
      { entity: ann, index: 1, text: 'Ann' },
      ' met ',
      { entity: bo, index: 0, text: 'Bo' },
      ' and ',
      { entity: ann, index: 0, text: 'Ann' },
      '.',
    ]);
    expect(second).toEqual([{ entity: bo, index: 1, text: 'Bo' }, ' left.']);
  });

  it('keeps the text whole when ranges overlap, run past the paragraph or point nowhere', () => {
    const body = ['New York City is big.'];
    const city = entity('nyc', [{ paragraph: 0, start: 0, end: 13 }]);
    const york = entity('york', [
      { paragraph: 0, start: 4, end: 8 },
      { paragraph: 0, start: 18, end: 99 },
      { paragraph: 3, start: 0, end: 2 },
      { paragraph: 0, start: 5, end: 5 },
    ]);
    const [segments] = segmentBody({ body, entities: [york, city] });

    expect(segments).toEqual([{ entity: city, index: 0, text: 'New York City' }, ' is big.']);
    expect(segments?.map((s) => (typeof s === 'string' ? s : s.text)).join('')).toBe(body[0]);
  });
});
