// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/feeds/extract/extract-article';
import { needsFullText, withFullText } from '../../../src/feeds/extract/full-text';
import { RobotsCache } from '../../../src/feeds/extract/robots-cache';
import { readFeed } from '../../../src/feeds/read-feed';
import type { RawStory } from '../../../src/feeds/parse/raw-story';
import { type LoopbackWeb, startLoopbackWeb } from '../loopback-web';
import { storyPage } from '../web/pages';
import { WEB_STORIES } from '../web/stories';

let web: LoopbackWeb;
const fetch = { allowAddresses: ['127.0.0.1'] };

beforeAll(async () => {
  web = await startLoopbackWeb();
});
afterAll(() => web.close());

async function feedStories(): Promise<RawStory[]> {
  const read = await readFeed(web.url('/news/rss.xml'), fetch);
  if (read.status !== 'ok') throw new Error('expected a feed');
  return read.feed.stories;
}

const BOILERPLATE =
  /cookie|Subscribe|newsletter|Related stories|Ferry timetable|First!|market reopens|Share on|Email this|All rights reserved|Home|Weather|tracker/i;

describe('extractArticle', () => {
  it('keeps only the story from a page with navigation, banners, share buttons, related links and comments', () => {
    const story = WEB_STORIES[0]!;
    const article = extractArticle(
      storyPage('https://larkmoor.example', story),
      'https://larkmoor.example/news/stories/x.html',
    );
    const texts = article?.blocks.map((b) => b.text) ?? [];
    expect(texts.join('\n')).not.toMatch(BOILERPLATE);
    expect(texts).toContain('What changes for commuters');
    expect(article?.blocks.find((b) => b.text === 'What changes for commuters')?.kind).toBe('heading');
    expect(article?.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(3);
    expect(article?.blocks.find((b) => b.kind === 'quote')?.text).toBe(
      'We rebuilt it so our grandchildren can cross it too.',
    );
    expect(article?.blocks[0]?.links).toEqual([{ start: 74, end: 88, href: 'https://larkmoor.example/bridge' }]);
  });

  it('drops a javascript: link but keeps its words', () => {
    const article = extractArticle(
      storyPage('https://larkmoor.example', WEB_STORIES[3]!),
      'https://larkmoor.example/s',
    );
    const block = article?.blocks.find((b) => b.text.includes('opposition'));
    expect(block?.links).toEqual([]);
  });

  it('returns null for a page with no story', () => {
    expect(extractArticle('<html><body><nav><a href="/a">A</a></nav></body></html>', 'https://a.example/')).toBeNull();
  });
});

describe('withFullText over the loopback web', () => {
  it('fills a summary-only story from its page', async () => {
    const [story] = await feedStories();
    expect(needsFullText(story!, 'feed')).toBe(true);
    const result = await withFullText(story!, { robots: new RobotsCache({ fetch }), fetch });
    expect(result.extracted).toBe(true);
    expect(result.story.textFrom).toBe('page');
    expect(result.story.blocks.map((b) => b.text).join(' ')).toContain('Nordbro Engineering');
    expect(result.story.blocks.map((b) => b.text).join(' ')).not.toMatch(BOILERPLATE);
  });

  it("keeps the feed's text and says why when robots.txt forbids, the page is gone or has no story", async () => {
    const [story] = await feedStories();
    const robots = new RobotsCache({ fetch });
    const before = web.requests.length;
    const cases: [string, RegExp][] = [
      ['/private/story.html', /robots\.txt does not allow/],
      ['/news/stories/missing.html', /could not fetch the page: the server answered 404/],
      ['/empty-page.html', /could not be extracted; the feed's text is kept/],
    ];
    for (const [path, reason] of cases) {
      const result = await withFullText({ ...story!, url: web.url(path) }, { robots, fetch });
      expect(result.extracted).toBe(false);
      if (!result.extracted) expect(result.reason).toMatch(reason);
      expect(result.story.blocks).toEqual(story!.blocks);
    }
    expect(web.requests.slice(before).filter((p) => p === '/robots.txt')).toHaveLength(1);
    expect(web.requests).not.toContain('/private/story.html');
  });
});
