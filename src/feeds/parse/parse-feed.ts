import { parseFeed as parseAnyFeed, type AnyFeed } from 'feedsmith';
import { FetchError } from '../fetch/fetch-error';
import type { FeedEntry, FeedHead } from './feed-entry';
import { atomEntries, jsonEntries, rdfEntries, rssEntries } from './format-entries';
import type { RawStory } from './raw-story';
import { toRawStory } from './to-raw-story';

export const MAX_ITEMS = 10_000;

export interface ItemProblem {
  /** Position of the item in the feed, 0-based; -1 for the feed as a whole. */
  index: number;
  reason: string;
}

export interface ParsedFeed {
  format: AnyFeed['format'];
  head: FeedHead;
  stories: RawStory[];
  /** Items left out, or feed-level notes, each with its reason: for the log and the source's health. */
  problems: ItemProblem[];
}

export interface ParseFeedOptions {
  /** The feed's address after redirects: relative links resolve against it and GUIDs are scoped by it. */
  feedUrl: string;
  now?: Date;
  contentType?: string | null;
}

// An internal DTD subset is where entity bombs and external entities live; a feed needs none of it.
const DOCTYPE = /<!DOCTYPE[^[>]*(?:\[[\s\S]*?\]\s*)?>/i;

/**
 * Feed text in any format feedsmith reads (RSS 0.9x/1.0/2.0, Atom, JSON Feed) -> stories. One
 * bad item is left out with its reason and never stops the others; a document that is no feed at
 * all throws a FetchError('not-a-feed') saying what it is instead.
 */
export function parseFeedText(text: string, options: ParseFeedOptions): ParsedFeed {
  const problems: ItemProblem[] = [];
  const source = withoutDoctype(text, problems);
  const parsed = parseOrExplain(source, options.contentType ?? null);
  const { head, entries } = entriesOf(parsed);
  if (entries.length > MAX_ITEMS) {
    problems.push({
      index: -1,
      reason: `the feed has more than ${MAX_ITEMS.toLocaleString('en')} items; the rest were not read`,
    });
  }
  const now = options.now ?? new Date();
  const stories: RawStory[] = [];
  const seen = new Map<string, number>();
  entries.slice(0, MAX_ITEMS).forEach((entry, index) => {
    try {
      const story = toRawStory(entry, { feedUrl: options.feedUrl, now });
      const first = seen.get(story.id);
      if (first !== undefined) {
        problems.push({ index, reason: `same GUID or link as item ${first + 1}; the first was kept` });
        return;
      }
      seen.set(story.id, index);
      stories.push(story);
    } catch (error) {
      problems.push({ index, reason: error instanceof Error ? error.message : String(error) });
    }
  });
  return { format: parsed.format, head, stories, problems };
}

function withoutDoctype(text: string, problems: ItemProblem[]): string {
  const head = text.slice(0, 65_536);
  const match = DOCTYPE.exec(head);
  if (!match) return text;
  if (/<!ENTITY/i.test(match[0]))
    problems.push({ index: -1, reason: 'the feed declares XML entities; they were not expanded' });
  return text.slice(0, match.index) + text.slice(match.index + match[0].length);
}

function parseOrExplain(text: string, contentType: string | null): AnyFeed {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') throw new FetchError('not-a-feed', 'not a feed: the answer is empty');
  if (/^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(start) || /^text\/html/i.test(contentType ?? '')) {
    if (!/<(?:rss|feed|rdf:RDF)[\s>]/.test(start.slice(0, 4096)))
      throw new FetchError('not-a-feed', 'not a feed: an HTML page');
  }
  try {
    return parseAnyFeed(start, { maxItems: MAX_ITEMS + 1 });
  } catch {
    if (start.startsWith('{') || start.startsWith('['))
      throw new FetchError('not-a-feed', 'not a feed: JSON that is not a JSON Feed');
    if (start.startsWith('<'))
      throw new FetchError('not-a-feed', 'not a feed: XML that is not RSS or Atom, or is broken');
    throw new FetchError('not-a-feed', 'not a feed: the answer is not RSS, Atom or JSON Feed');
  }
}

function entriesOf(parsed: AnyFeed): { head: FeedHead; entries: FeedEntry[] } {
  switch (parsed.format) {
    case 'rss':
      return rssEntries(parsed.feed);
    case 'rdf':
      return rdfEntries(parsed.feed);
    case 'atom':
      return atomEntries(parsed.feed);
    case 'json':
      return jsonEntries(parsed.feed);
  }
}
