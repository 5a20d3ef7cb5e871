// @vitest-environment node
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withFullText } from '../../src/feeds/extract/full-text';
import { RobotsCache } from '../../src/feeds/extract/robots-cache';
import { parseFeedText } from '../../src/feeds/parse/parse-feed';
import { readFeed } from '../../src/feeds/read-feed';
import { rawStoryToArticle } from '../../src/feeds/to-article';
import { ArticleSchema } from '../../src/news/schema/article';
import { type LoopbackWeb, startLoopbackWeb } from './loopback-web';
import { atom } from './web/formats';
import { WEB_STORIES } from './web/stories';

const source = { id: 'larkmoor-gazette', name: 'Larkmoor Gazette', url: 'https://larkmoor.example/' };
let web: LoopbackWeb;

beforeAll(async () => {
  web = await startLoopbackWeb();
});
afterAll(() => web.close());

describe('rawStoryToArticle', () => {
  const feed = parseFeedText(atom('https://larkmoor.example', WEB_STORIES), {
    feedUrl: 'https://larkmoor.example/atom.xml',
  });

  it('gives a valid Article with its structure, links and extracted entities', () => {
    const article = rawStoryToArticle(feed.stories[0]!, source);
    expect(v.is(ArticleSchema, article)).toBe(true);
    expect(article.paragraphKinds).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'list-item',
      'list-item',
      'list-item',
      'quote',
      'paragraph',
    ]);
    expect(article.links).toEqual([{ paragraph: 0, start: 74, end: 88, href: 'https://larkmoor.example/bridge' }]);
    expect(article.body[0]?.slice(74, 88)).toBe('harbour bridge');
    const names = article.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Helena Strand', 'Larkmoor Transit Authority', 'Pavel Novak']));
    for (const entity of article.entities) {
      for (const m of entity.mentions)
        expect(article.body[m.paragraph]!.slice(m.start, m.end).length).toBe(m.end - m.start);
    }
    expect(article.image).toBeUndefined();
    expect(article.source).toEqual(source);
  });

  it('leaves paragraphKinds out when every block is a paragraph', () => {
    const summaryOnly = parseFeedText(
      atom('https://larkmoor.example', WEB_STORIES).replace(/<content[^]*?<\/content>/g, ''),
      {
        feedUrl: 'https://larkmoor.example/atom.xml',
      },
    );
    const article = rawStoryToArticle(summaryOnly.stories[1]!, source);
    expect(article.paragraphKinds).toBeUndefined();
    expect(article.body).toEqual([WEB_STORIES[1]?.summary]);
  });
});

describe('feed to Article over the loopback web, full text on', () => {
  it('fetches, extracts the page and builds the Article with the image credit', async () => {
    const fetch = { allowAddresses: ['127.0.0.1'] };
    const read = await readFeed(web.url('/news/rss.xml'), fetch);
    if (read.status !== 'ok') throw new Error('expected a feed');
    const full = await withFullText(read.feed.stories[0]!, { robots: new RobotsCache({ fetch }), fetch });
    const article = rawStoryToArticle(full.story, source);
    expect(article.body.join(' ')).toContain('Nordbro Engineering');
    expect(article.body.join(' ')).not.toMatch(/cookie|Related stories|First!/);
    expect(article.image).toEqual({
      url: 'https://images.example/bridge.jpg',
      alt: 'The bridge at dawn',
      credit: 'Tomas Ek / Larkmoor Gazette',
    });
    expect(article.url).toBe(web.url('/news/stories/harbour-bridge-reopens.html'));
    expect(article.entities.map((e) => e.name)).toContain('Helena Strand');
  });
});
