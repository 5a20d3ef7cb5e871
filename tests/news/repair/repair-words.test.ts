import { describe, expect, it } from 'vitest';
import { repairArticle } from '../../../src/news/repair/repair-article';
import { repairedSentence, repairKinds, repairKindsText, repairSentence } from '../../../src/news/repair/repair-words';

describe('repairs in words for a person', () => {
  it.each([
    ['image', 'not an http(s) or relative image address; left out', 'Image dropped: not an http(s) address'],
    ['publishedAt', 'a string, not a readable date; date unknown', 'Date unreadable: shown as unknown'],
    ['publishedAt', 'read as 2026-11-20T09:00:00Z', 'Date written another way: read as 2026-11-20 09:00 UTC'],
    ['summary', 'missing; taken from the text', 'Summary missing: taken from the story’s text'],
    ['author', 'a list of names; joined', 'Byline given as a list: joined into one line'],
    ['url', 'not an http(s) URL; left out', 'Link to the original dropped: not an http(s) address'],
    ['entities.0.type', 'a string type; read as other', 'Kind of a name in the story not known: shown as other'],
    [
      'entities.0.mentions.1',
      'not a range inside the text; highlight left out',
      'A highlight dropped: its position is outside the text',
    ],
    ['body', '1 paragraph(s) not text; left out', 'Text partly dropped: 1 paragraph not text'],
    ['topics', '2 item(s) not text; left out', 'Topics partly dropped: 2 items not text'],
    ['related.1', 'no usable id (a-z, 0-9, -); left out', 'An entity it appears with dropped: no usable id'],
    ['summary', 'longer than 2,000 characters; cut', 'Summary shortened: longer than 2,000 characters'],
  ])('%s "%s" reads "%s"', (field, reason, words) => {
    expect(repairSentence({ field, reason })).toBe(words);
  });

  it('has words for every repair the story repairer makes, never the log’s field names', () => {
    const { repairs } = repairArticle({
      id: 7,
      title: ' ',
      author: ['Lia Costa'],
      source: 'Coast News',
      publishedAt: 'sometime',
      url: 'javascript:alert(1)',
      image: { url: 'data:image/png;base64,AAAA' },
      topics: 'harbours',
      readingMinutes: 'soon',
      body: ['The harbour reopened on Friday.', 42],
      paragraphKinds: ['heading', 'banner'],
      links: [{ paragraph: 0, start: 0, end: 3, href: 'javascript:x' }],
      entities: [
        {
          id: 'rui',
          name: 'Rui',
          type: 'ENGINEER',
          salience: 'high',
          mentions: [{ paragraph: 0, start: 4, end: 999 }],
        },
        { id: 'rui', name: 'Rui', type: 'person', salience: 0.1, mentions: [] },
      ],
    });
    expect(repairs.length).toBeGreaterThan(10);
    for (const repair of repairs) {
      const sentence = repairSentence(repair);
      expect(sentence).not.toMatch(
        /^Some data|changed:|publishedAt|readingMinutes|paragraphKinds|(paragraph|item|kind)\(s\)/,
      );
    }
  });

  it('counts each kind once per record, the commonest first, and names the rest', () => {
    const image = { field: 'image', reason: 'not an http(s) or relative image address; left out' };
    const date = { field: 'publishedAt', reason: 'null, not a readable date; date unknown' };
    const records = [{ repairs: [image, date] }, { repairs: [image] }, { repairs: [date, date] }, { repairs: [image] }];
    expect(repairKinds(records)).toEqual([
      { what: 'Image dropped', count: 3 },
      { what: 'Date unreadable', count: 2 },
    ]);
    expect(repairKindsText(records)).toBe('image dropped (3), date unreadable (2)');
    const many = ['title', 'summary', 'url', 'author', 'topics', 'source'].map((field) => ({
      repairs: [{ field, reason: 'a number, not text; left out' }],
    }));
    expect(repairKindsText(many)).toMatch(/ and 2 more kinds$/);
  });

  it('says how many records were repaired and for what in one sentence, whatever the records are', () => {
    const image = { field: 'image', reason: 'not an http(s) or relative image address; left out' };
    const date = { field: 'publishedAt', reason: 'null, not a readable date; date unknown' };
    expect(repairedSentence([{ repairs: [image] }], 'story', 'stories')).toBe(
      '1 story is shown with repairs: image dropped (1).',
    );
    expect(repairedSentence([{ repairs: [image] }, { repairs: [date] }], 'entry', 'entries')).toBe(
      '2 entries are shown with repairs: image dropped (1), date unreadable (1).',
    );
  });
});
