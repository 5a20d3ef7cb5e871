import { decodeText } from './fetch/charset';
import { FetchError } from './fetch/fetch-error';
import { FEED_MAX_BYTES, safeFetch, type SafeFetchOptions } from './fetch/safe-fetch';
import { discoverFeeds } from './parse/discover';
import { type ParsedFeed, parseFeedText } from './parse/parse-feed';
import { type RefreshHint, refreshHint } from './parse/refresh-hint';

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

export type ReadFeedOptions = Omit<SafeFetchOptions, 'accept' | 'maxBytes'> & { now?: Date };

export type FeedRead =
  | { status: 'not-modified'; url: string; etag?: string; lastModified?: string; refresh: RefreshHint }
  | { status: 'ok'; url: string; etag?: string; lastModified?: string; refresh: RefreshHint; feed: ParsedFeed };

/**
 * Fetch and parse one feed: conditional GET with the validators given, the feed cap, the charset
 * the feed declares, and the refresh interval its publisher suggests. Throws FetchError, whose
 * message is the source's "last error" in words.
 */
export async function readFeed(url: string, options: ReadFeedOptions = {}): Promise<FeedRead> {
  const outcome = await safeFetch(url, { ...options, accept: FEED_ACCEPT, maxBytes: FEED_MAX_BYTES });
  const validators = {
    url: outcome.url,
    ...(outcome.etag ? { etag: outcome.etag } : {}),
    ...(outcome.lastModified ? { lastModified: outcome.lastModified } : {}),
  };
  if (outcome.notModified)
    return { status: 'not-modified', ...validators, refresh: refreshHint({}, outcome.cacheControl) };
  const text = decodeText(outcome.body, outcome.contentType);
  const feed = parseFeedText(text, {
    feedUrl: outcome.url,
    contentType: outcome.contentType,
    ...(options.now ? { now: options.now } : {}),
  });
  return { status: 'ok', ...validators, refresh: refreshHint(feed.head, outcome.cacheControl), feed };
}

/**
 * What a person pasted -> the feed to subscribe to: the address itself when it is a feed, or the
 * first feed a site's page names with <link rel="alternate">.
 */
export async function findFeed(
  url: string,
  options: ReadFeedOptions = {},
): Promise<{ feedUrl: string; read: FeedRead & { status: 'ok' } }> {
  const outcome = await safeFetch(url, { ...options, accept: FEED_ACCEPT, maxBytes: FEED_MAX_BYTES });
  if (outcome.notModified) throw new FetchError('not-a-feed', 'not a feed: the server answered 304 to a first request');
  const text = decodeText(outcome.body, outcome.contentType);
  try {
    const feed = parseFeedText(text, {
      feedUrl: outcome.url,
      contentType: outcome.contentType,
      ...(options.now ? { now: options.now } : {}),
    });
    const read = {
      status: 'ok' as const,
      url: outcome.url,
      refresh: refreshHint(feed.head, outcome.cacheControl),
      feed,
    };
    return { feedUrl: outcome.url, read };
  } catch (error) {
    if (!(error instanceof FetchError) || error.message !== 'not a feed: an HTML page') throw error;
  }
  const [first] = discoverFeeds(text, outcome.url);
  if (!first) throw new FetchError('not-a-feed', 'not a feed: an HTML page that names no feed');
  const read = await readFeed(first.url, options);
  if (read.status !== 'ok')
    throw new FetchError('not-a-feed', 'not a feed: the server answered 304 to a first request');
  return { feedUrl: read.url, read };
}
