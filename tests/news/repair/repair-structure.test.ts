import { describe, expect, it } from 'vitest';
import { repairArticle } from '../../../src/news/repair/repair-article';

const story = {
  id: 'structured',
  title: 'A structured story',
  summary: 'Short.',
  source: { id: 'wire', name: 'Wire' },
  publishedAt: '2026-11-20T10:00:00Z',
  topics: [],
  readingMinutes: 1,
  entities: [],
  body: ['The heading', 'First point', 'Second point', 'Read the full report online.'],
};

describe('repairArticle keeps a story’s structure', () => {
  it('passes valid kinds and links through untouched', () => {
    const links = [{ paragraph: 3, start: 9, end: 20, href: 'https://example.com/report' }];
    const result = repairArticle({
      ...story,
      paragraphKinds: ['heading', 'list-item', 'list-item', 'paragraph'],
      links,
    });
    expect(result.article?.paragraphKinds).toEqual(['heading', 'list-item', 'list-item', 'paragraph']);
    expect(result.article?.links).toEqual(links);
    expect(result.repairs).toEqual([]);
  });

  it('drops a javascript: link and a link outside its paragraph, reads unknown kinds as paragraphs', () => {
    const result = repairArticle({
      ...story,
      paragraphKinds: ['heading', 'marquee', 'list-item'],
      links: [
        { paragraph: 3, start: 0, end: 4, href: 'javascript:alert(1)' },
        { paragraph: 0, start: 0, end: 400, href: 'https://example.com/' },
        { paragraph: 3, start: 9, end: 20, href: 'https://example.com/report' },
      ],
    });
    expect(result.article?.paragraphKinds).toEqual(['heading', 'paragraph', 'list-item', 'paragraph']);
    expect(result.article?.links).toEqual([{ paragraph: 3, start: 9, end: 20, href: 'https://example.com/report' }]);
    expect(result.repairs.map((r) => r.field)).toEqual(['paragraphKinds', 'paragraphKinds', 'links.0', 'links.1']);
  });

  it('moves kinds and links with the paragraphs when one that is not text is left out', () => {
    const result = repairArticle({
      ...story,
      body: ['The heading', 42, 'Read the full report online.'],
      paragraphKinds: ['heading', 'quote', 'paragraph'],
      links: [{ paragraph: 2, start: 9, end: 20, href: 'https://example.com/report' }],
    });
    expect(result.article?.paragraphKinds).toEqual(['heading', 'paragraph']);
    expect(result.article?.links).toEqual([{ paragraph: 1, start: 9, end: 20, href: 'https://example.com/report' }]);
  });
});
