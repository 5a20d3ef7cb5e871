import * as v from 'valibot';
import type { StoryFilters } from './queries';

const Text = v.pipe(v.string(), v.trim(), v.maxLength(200));
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,127}$/));

/**
 * The feed's URL state: `/?q=&entity=a&entity=b&source=&topic=`. Story pages carry the same params so
 * previous/next and the story list beside it follow the feed the reader came from.
 * Each param is checked on its own: a bad one is dropped, the rest of the link still works. */
export const FeedSearchSchema = v.object({
  q: v.fallback(v.optional(Text), undefined),
  entity: v.fallback(
    v.optional(
      v.pipe(
        v.union([Id, v.array(v.unknown())]),
        v.transform((value) => (Array.isArray(value) ? value : [value]).filter((item) => v.is(Id, item))),
        v.transform((ids) => [...new Set(ids)]),
      ),
    ),
    undefined,
  ),
  source: v.fallback(v.optional(Id), undefined),
  topic: v.fallback(v.optional(Text), undefined),
  /** `following=1`: only stories mentioning someone the reader follows (the list is on the device). */
  following: v.fallback(v.optional(v.literal('1')), undefined),
});

export type FeedSearch = v.InferOutput<typeof FeedSearchSchema>;

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
 * Every key is returned, undefined when absent or invalid: the router merges a route's result over
 * the raw query string, so a key left out would let the unvalidated value through.
 */
export function validateFeedSearch(search: Record<string, unknown>): FeedSearch {
  const parsed = v.parse(FeedSearchSchema, search);
  return {
    q: parsed.q || undefined,
    entity: parsed.entity?.length ? parsed.entity : undefined,
    source: parsed.source || undefined,
    topic: parsed.topic || undefined,
    following: parsed.following,
  };
}
