import { decodeText } from '../fetch/charset';
import { FetchError } from '../fetch/fetch-error';
import { PAGE_MAX_BYTES, safeFetch, type SafeFetchOptions } from '../fetch/safe-fetch';
import type { RawStory } from '../parse/raw-story';
import { extractArticle } from './extract-article';
import type { RobotsCache } from './robots-cache';

/** Below this many characters a feed's text is a teaser, whatever the feed calls it. */
const SHORT_TEXT = 600;

export type FullTextSetting = 'feed' | 'page';

/** Fetch the page when the source asks for it, or when the feed gave only a summary or a teaser. */
export function needsFullText(story: RawStory, setting: FullTextSetting): boolean {
  if (!story.url) return false;
  if (setting === 'page') return true;
  const length = story.blocks.reduce((sum, block) => sum + block.text.length, 0);
  return story.textFrom === 'feed-summary' || length < SHORT_TEXT;
}

export type FullTextResult =
  | { story: RawStory; extracted: true }
  /** The story as the feed gave it, and why the page's text is not there. */
  | { story: RawStory; extracted: false; reason: string };

export interface FullTextOptions {
  robots: RobotsCache;
  fetch?: Omit<SafeFetchOptions, 'maxBytes' | 'accept'>;
}

/** A story page as fetched, not yet read: bytes go to whichever thread extracts it. */
export interface FetchedPage {
  body: Uint8Array;
  contentType: string | null;
  url: string;
}

/**
 * The story with its page's text, honouring robots.txt. Never drops the story: a page that is
 * forbidden, unreachable or not extractable keeps the feed's text and says why.
 */
export async function withFullText(story: RawStory, options: FullTextOptions): Promise<FullTextResult> {
  const page = await fetchStoryPage(story, options);
  return 'reason' in page ? { story, extracted: false, reason: page.reason } : storyWithPage(story, page);
}

/** The I/O half of withFullText: robots.txt, then the page's bytes, or why there are none. */
export async function fetchStoryPage(
  story: RawStory,
  options: FullTextOptions,
): Promise<FetchedPage | { reason: string }> {
  const url = story.url;
  if (!url) return { reason: 'the story has no link to fetch' };
  try {
    if (!(await options.robots.allows(url))) {
      return { reason: "the site's robots.txt does not allow Lede to fetch this page" };
    }
    const outcome = await safeFetch(url, {
      ...options.fetch,
      maxBytes: PAGE_MAX_BYTES,
      accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
    });
    if (outcome.notModified) return { reason: 'the page answered 304' };
    if (outcome.contentType && !/html|xml/i.test(outcome.contentType)) {
      return { reason: `the page is ${outcome.contentType.split(';')[0] ?? 'not HTML'}, not HTML` };
    }
    return { body: outcome.body, contentType: outcome.contentType, url: outcome.url };
  } catch (error) {
    const message = error instanceof FetchError ? error.message : 'an unexpected error';
    return { reason: `could not fetch the page: ${message}` };
  }
}

/** The CPU half of withFullText (decode, readability): pure, so it can run on a worker thread. */
export function storyWithPage(story: RawStory, page: FetchedPage): FullTextResult {
  const article = extractArticle(decodeText(page.body, page.contentType), page.url);
  if (!article) return { story, extracted: false, reason: "the page could not be extracted; the feed's text is kept" };
  const blocks = article.blocks[0]?.text === story.title ? article.blocks.slice(1) : article.blocks;
  return { story: { ...story, blocks, textFrom: 'page' }, extracted: true };
}
