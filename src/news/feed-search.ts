import type { StoryFilters } from './queries';

/**
 * The feed's URL state: `/?q=&entity=a&entity=b&source=&topic=`. Story pages carry the same params so
 * previous/next and the story list beside it follow the feed the reader came from.
 */
export interface FeedSearch {
  q?: string;
  entity?: string[];
  source?: string;
  topic?: string;
  /** `following=1`: only stories mentioning someone the reader follows (the list is on the device). */
  following?: '1';
}

const ID = /^[a-z0-9][a-z0-9-]{0,127}$/;
const MAX_TEXT = 200;

const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed !== '' && trimmed.length <= MAX_TEXT ? trimmed : undefined;
}

function ids(value: unknown): string[] | undefined {
  if (!Array.isArray(value) && !isId(value)) return undefined;
  const valid = [...new Set((Array.isArray(value) ? (value as unknown[]) : [value]).filter(isId))];
  return valid.length > 0 ? valid : undefined;
}

/** The URL's feed params as the filters a source understands. */
export function toStoryFilters(search: FeedSearch): StoryFilters {
  return { q: search.q, entities: search.entity, source: search.source, topic: search.topic };
}

/** Search params with one entity added or removed: what an entity chip or sidebar entry links to. */
export function toggleEntity(search: FeedSearch, id: string): FeedSearch {
  const current = search.entity ?? [];
  const entity = current.includes(id) ? current.filter((item) => item !== id) : [...current, id];
  return { ...search, entity: entity.length > 0 ? entity : undefined };
}

/**
 * Each param is checked on its own: a bad one is dropped, the rest of the link still works. Every key
 * is returned, undefined when absent or invalid: the router merges a route's result over the raw
 * query string, so a key left out would let the unvalidated value through. Written by hand rather
 * than as a valibot schema: the router runs it before the first render, and valibot would otherwise
 * be part of the first download only for these five params.
 */
export function validateFeedSearch(search: Record<string, unknown>): FeedSearch {
  return {
    q: text(search.q),
    entity: ids(search.entity),
    source: isId(search.source) ? search.source : undefined,
    topic: text(search.topic),
    following: search.following === '1' ? '1' : undefined,
  };
}
