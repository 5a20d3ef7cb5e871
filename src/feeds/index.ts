/**
 * The feeds library's public surface, for the server's sources, scheduler and CLI. It knows
 * nothing of the store or of HTTP routes: it fetches safely, parses, extracts and builds Articles.
 */
export { type AddressPolicy, classifyAddress, refusalFor } from './fetch/address-policy';
export { decodeText } from './fetch/charset';
export { FetchError, type FetchErrorCode } from './fetch/fetch-error';
export { type Resolver, systemResolver } from './fetch/resolve-host';
export {
  FEED_MAX_BYTES,
  PAGE_MAX_BYTES,
  safeFetch,
  type FetchOutcome,
  type SafeFetchOptions,
} from './fetch/safe-fetch';
export { LEDE_INFO_URL, ledeUserAgent } from './fetch/user-agent';
export { discoverFeeds, type DiscoveredFeed } from './parse/discover';
export { parseOpmlSources, sourcesToOpml, type OpmlSource } from './parse/opml';
export { MAX_ITEMS, parseFeedText, type ItemProblem, type ParsedFeed } from './parse/parse-feed';
export { type DateFlag, type RawStory, RawStorySchema } from './parse/raw-story';
export { DEFAULT_INTERVAL_MINUTES, refreshHint, type RefreshHint } from './parse/refresh-hint';
export { canonicalUrl, storyId } from './parse/story-id';
export { htmlToBlocks } from './structure/html-to-blocks';
export { type StoryBlock } from './structure/blocks';
export { extractArticle } from './extract/extract-article';
export {
  fetchStoryPage,
  needsFullText,
  storyWithPage,
  withFullText,
  type FetchedPage,
  type FullTextResult,
  type FullTextSetting,
} from './extract/full-text';
export { RobotsCache, type RobotsCacheOptions } from './extract/robots-cache';
export { findFeed, readFeed, type FeedRead, type ReadFeedOptions } from './read-feed';
export { rawStoryToArticle } from './to-article';
export { buildArticles, type BuildArticlesOptions, type StoryNote } from './build-articles';
export {
  DuplicateIndex,
  NEAR_DUPLICATE,
  storyFingerprint,
  textSimilarity,
  type DuplicateMatch,
  type StoryFingerprint,
} from './duplicates';
