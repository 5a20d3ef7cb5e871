// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/feeds/fetch/charset';
import { FetchError } from '../../../src/feeds/fetch/fetch-error';
import { parseFeedText } from '../../../src/feeds/parse/parse-feed';
import { atom, jsonFeed, rss1, rss2 } from '../web/formats';
import {
  billionLaughsFeed,
  externalEntityFeed,
  hostileFeed,
  hugeTitleFeed,
  manyItemsFeed,
  windows1252Feed,
} from '../web/hostile';
import { homePage } from '../web/pages';
import { WEB_STORIES } from '../web/stories';

const origin = 'https://larkmoor.example';
const feedUrl = `${origin}/news/feed`;
const now = new Date('2026-12-01T12:00:00Z');
const parse = (text: string) => parseFeedText(text, { feedUrl, now });

describe('parseFeedText: formats', () => {
  it.each([
    ['RSS 2.0', rss2(origin, WEB_STORIES), 'rss'],
    ['RSS 1.0', rss1(origin, WEB_STORIES), 'rdf'],
    ['Atom 1.0', atom(origin, WEB_STORIES), 'atom'],
    ['JSON Feed 1.1', jsonFeed(origin, WEB_STORIES), 'json'],
    ['JSON Feed 1.0', jsonFeed(origin, WEB_STORIES, '1'), 'json'],
  ])('reads %s', (_name, text, format) => {
    const feed = parse(text);
    expect(feed.format).toBe(format);
    expect(feed.problems).toEqual([]);
    expect(feed.stories.map((s) => s.title)).toEqual(WEB_STORIES.map((s) => s.title));
    const first = feed.stories[0]!;
    expect(first.url).toBe(`${origin}/news/stories/harbour-bridge-reopens.html`);
    expect(first.author).toBe('Ines Varga');
    expect(first.publishedAt).toBe('2026-11-30T08:15:00.000Z');
    expect(first.dateFlag).toBeUndefined();
    expect(first.topics[0]).toBe('Transport');
    expect(first.id).toMatch(/^[a-z0-9][a-z0-9-]{0,127}$/);
  });

  it('keeps the structure of full content and knows when a feed carries only summaries', () => {
    const [full] = parse(atom(origin, WEB_STORIES)).stories;
    expect(full?.textFrom).toBe('feed-content');
    expect(full?.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'list-item',
      'list-item',
      'list-item',
      'quote',
      'paragraph',
    ]);
    expect(full?.blocks[0]?.links).toEqual([{ start: 74, end: 88, href: 'https://larkmoor.example/bridge' }]);
    const [summaryOnly] = parse(rss2(origin, WEB_STORIES)).stories;
    expect(summaryOnly?.textFrom).toBe('feed-summary');
    expect(summaryOnly?.summary).toBe(WEB_STORIES[0]?.summary);
  });

  it('takes the image and its credit from Media RSS', () => {
    const [story] = parse(rss2(origin, WEB_STORIES)).stories;
    expect(story?.image).toEqual({
      url: 'https://images.example/bridge.jpg',
      alt: 'The bridge at dawn',
      credit: 'Tomas Ek / Larkmoor Gazette',
    });
  });

  it('gives the same story the same id on every fetch, scoped GUIDs per feed', () => {
    const a = parse(rss2(origin, WEB_STORIES)).stories.map((s) => s.id);
    expect(parse(rss2(origin, WEB_STORIES)).stories.map((s) => s.id)).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
    const elsewhere = parseFeedText(rss2(origin, WEB_STORIES), { feedUrl: 'https://other.example/feed', now });
    expect(elsewhere.stories[0]?.id).not.toBe(a[0]);
    // RSS 1.0 items are named by their address, so two feeds carrying one story agree on its id.
    const rdfA = parse(rss1(origin, WEB_STORIES)).stories[0]?.id;
    expect(
      parseFeedText(rss1(origin, WEB_STORIES), { feedUrl: 'https://mirror.example/rdf', now }).stories[0]?.id,
    ).toBe(rdfA);
  });

  it('reads a windows-1252 feed once decoded', () => {
    const { body, contentType } = windows1252Feed(true);
    const feed = parse(decodeText(body, contentType));
    expect(feed.head.title).toBe('Cafés of Larkmoor');
    expect(feed.stories[0]?.title).toBe('Café “Nord” – 5 €');
  });
});

describe('parseFeedText: hostile input', () => {
  it('keeps hostile items as text, flags bad dates, drops duplicates and dangerous links', () => {
    const feed = parse(hostileFeed());
    const byGuid = new Map(feed.stories.map((s) => [s.guid, s]));
    const dock = byGuid.get('dock-1')!;
    expect(dock.title).toBe('Dock strike ends & ferries sail');
    expect(dock.author).toBe('Rita Moreno');
    expect(dock.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Dock workers in Larkmoor voted to end the strike. Results',
        links: [{ start: 50, end: 57, href: 'https://hostile.example/vote' }],
      },
    ]);
    expect(JSON.stringify(feed.stories)).not.toMatch(/<script|javascript:|onclick|onerror/i);
    expect(byGuid.get('future-1')).toMatchObject({ dateFlag: 'future', publishedAt: now.toISOString() });
    expect(byGuid.get('nonsense-1')).toMatchObject({ dateFlag: 'unparseable', publishedAt: now.toISOString() });
    expect(byGuid.get('ancient-1')).toMatchObject({ dateFlag: 'too-old', publishedAt: now.toISOString() });
    expect(byGuid.get('js-link')?.url).toBeUndefined();
    expect(feed.stories.filter((s) => s.guid === 'same-guid').map((s) => s.title)).toEqual([
      'First with a shared GUID',
    ]);
    expect(feed.problems).toEqual([
      { index: 5, reason: 'same GUID or link as item 5; the first was kept' },
      { index: 7, reason: 'it has no title and no text' },
    ]);
  });

  it('cuts a 10 MB title and keeps its neighbour', () => {
    const started = Date.now();
    const feed = parse(hugeTitleFeed(10_000_000));
    expect(feed.stories.map((s) => s.title.length)).toEqual([300, 'A normal neighbour'.length]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reads at most 10,000 items and says so', () => {
    const feed = parse(manyItemsFeed(10_050));
    expect(feed.stories).toHaveLength(10_000);
    expect(feed.problems).toEqual([
      { index: -1, reason: 'the feed has more than 10,000 items; the rest were not read' },
    ]);
  }, 30_000);

  it('never expands entities: billion laughs and external entities', () => {
    const laughs = parse(billionLaughsFeed());
    expect(JSON.stringify(laughs).length).toBeLessThan(5000);
    expect(laughs.stories[0]?.title).not.toContain('lollol');
    expect(laughs.problems).toContainEqual({
      index: -1,
      reason: 'the feed declares XML entities; they were not expanded',
    });
    const xxe = parse(externalEntityFeed());
    expect(JSON.stringify(xxe)).not.toMatch(/root:/);
  });

  it.each([
    ['', 'not a feed: the answer is empty'],
    [homePage(), 'not a feed: an HTML page'],
    ['{"hello": "world"}', 'not a feed: JSON that is not a JSON Feed'],
    ['<?xml version="1.0"?><note><to>x</to></note>', 'not a feed: XML that is not RSS or Atom, or is broken'],
    ['just some words', 'not a feed: the answer is not RSS, Atom or JSON Feed'],
  ])('says what a non-feed is', (text, message) => {
    expect(() => parse(text)).toThrow(new FetchError('not-a-feed', message));
  });
});
