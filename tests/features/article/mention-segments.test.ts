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
    expect(segments?.map((s) => (typeof s === 'string' ? s : 'text' in s ? s.text : '')).join('')).toBe(body[0]);
  });

  describe('with links', () => {
    const body = ['Mayor Helena Strand opened the bridge in Larkmoor today.'];
    const helena = entity('helena', [{ paragraph: 0, start: 6, end: 19 }]);
    const larkmoor = entity('larkmoor', [{ paragraph: 0, start: 41, end: 49 }]);
    const link = (start: number, end: number, href = 'https://a.example/') => ({ paragraph: 0, start, end, href });

    it('keeps a mention whole inside a link that contains it', () => {
      const [segments] = segmentBody({ body, entities: [helena], links: [link(0, 19)] });
      expect(segments).toEqual([
        { href: 'https://a.example/', children: ['Mayor ', { entity: helena, index: 0, text: 'Helena Strand' }] },
        ' opened the bridge in Larkmoor today.',
      ]);
    });

    it('trims a link around a mention it only partly covers, so neither is cut in two', () => {
      const [segments] = segmentBody({ body, entities: [larkmoor], links: [link(31, 45)] });
      expect(segments).toEqual([
        'Mayor Helena Strand opened the ',
        { href: 'https://a.example/', children: ['bridge in '] },
        { entity: larkmoor, index: 0, text: 'Larkmoor' },
        ' today.',
      ]);
    });

    it('lets the mention keep a link that sits inside it', () => {
      const [segments] = segmentBody({ body, entities: [helena], links: [link(13, 19)] });
      expect(segments).toEqual([
        'Mayor ',
        { entity: helena, index: 0, text: 'Helena Strand' },
        ' opened the bridge in Larkmoor today.',
      ]);
    });

    it('drops links with other schemes, outside the text, or overlapping an earlier link', () => {
      const [segments] = segmentBody({
        body,
        entities: [],
        links: [link(0, 5, 'javascript:alert(1)'), link(20, 26), link(22, 30, 'https://b.example/'), link(50, 99)],
      });
      expect(segments).toEqual([
        'Mayor Helena Strand ',
        { href: 'https://a.example/', children: ['opened'] },
        ' the bridge in Larkmoor today.',
      ]);
    });
  });
});
