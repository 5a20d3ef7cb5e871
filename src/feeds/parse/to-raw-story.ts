import * as v from 'valibot';
import { describeIssues } from '../../news/describe-issues';
import { truncateWords } from '../../ingest/metrics';
import type { StoryBlock } from '../structure/blocks';
import { htmlToBlocks, httpHref } from '../structure/html-to-blocks';
import { htmlToText } from '../structure/html-to-text';
import type { FeedEntry } from './feed-entry';
import { type RawStory, RawStorySchema } from './raw-story';
import { storyDate } from './story-date';
import { canonicalUrl, storyId } from './story-id';

export const LIMITS = { title: 300, author: 120, summary: 600, topics: 12, topic: 60, credit: 200, alt: 300 };

export interface ItemContext {
  feedUrl: string;
  now: Date;
}

/**
 * A feed item -> a RawStory, everything turned to text on the way. Throws an Error whose
 * message is the reason when the item cannot be a story; the caller logs it and goes on.
 */
export function toRawStory(entry: FeedEntry, context: ItemContext): RawStory {
  const base = context.feedUrl;
  const link = entry.link ? httpHref(entry.link, base) : null;
  const guidLink = entry.guidIsLink && entry.guid ? httpHref(entry.guid) : null;
  const url = link ?? guidLink;
  const blocks = contentBlocks(entry, url ?? base);
  const summary = entry.summaryHtml
    ? truncateWords(htmlToText(entry.summaryHtml, LIMITS.summary * 2), LIMITS.summary)
    : '';
  const title =
    truncateWords(htmlToText(entry.title ?? '', LIMITS.title * 2), LIMITS.title) || fallbackTitle(summary, blocks);
  if (!title) throw new Error('it has no title and no text');
  const { publishedAt, flag } = storyDate(entry.dates, context.now);
  const permalink = guidLink ? canonicalUrl(guidLink) : !entry.guid && url ? canonicalUrl(url) : undefined;
  const author = entry.authors.map((a) => htmlToText(a, LIMITS.author)).find((a) => a.length > 0);
  const image = entry.image ? storyImage(entry.image, base) : undefined;
  const story = {
    id: storyId({
      feedUrl: context.feedUrl,
      ...(entry.guid ? { guid: entry.guid } : {}),
      ...(permalink ? { permalink } : {}),
      fallback: `${title} ${publishedAt}`,
    }),
    ...(entry.guid ? { guid: entry.guid.slice(0, 2000) } : {}),
    ...(url ? { url } : {}),
    title,
    ...(author ? { author } : {}),
    publishedAt,
    ...(flag ? { dateFlag: flag } : {}),
    summary,
    blocks,
    textFrom: entry.contentHtml || entry.contentText ? ('feed-content' as const) : ('feed-summary' as const),
    ...(image ? { image } : {}),
    topics: topics(entry.categories),
  };
  const checked = v.safeParse(RawStorySchema, story);
  if (!checked.success) throw new Error(describeIssues(checked.issues));
  return checked.output;
}

function contentBlocks(entry: FeedEntry, base: string): StoryBlock[] {
  if (entry.contentHtml) return htmlToBlocks(entry.contentHtml, { baseUrl: base });
  if (entry.contentText) {
    return entry.contentText
      .split(/\n\s*\n/)
      .map((p) => htmlToText(p.replace(/</g, '&lt;')))
      .filter((text) => text.length > 0)
      .map((text) => ({ kind: 'paragraph' as const, text, links: [] }));
  }
  return entry.summaryHtml ? htmlToBlocks(entry.summaryHtml, { baseUrl: base }) : [];
}

function fallbackTitle(summary: string, blocks: readonly StoryBlock[]): string {
  return truncateWords(summary || blocks[0]?.text || '', 120);
}

function storyImage(image: NonNullable<FeedEntry['image']>, base: string): RawStory['image'] {
  const url = httpHref(image.url, base);
  if (!url) return undefined;
  const credit = image.credit ? htmlToText(image.credit, LIMITS.credit) : '';
  return { url, alt: image.alt ? htmlToText(image.alt, LIMITS.alt) : '', ...(credit ? { credit } : {}) };
}

function topics(categories: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const category of categories) {
    const text = htmlToText(category, LIMITS.topic);
    if (text && !seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
  }
  return [...seen.values()].slice(0, LIMITS.topics);
}
