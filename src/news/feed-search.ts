import * as v from 'valibot';

const Text = v.pipe(v.string(), v.trim(), v.maxLength(200));
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,127}$/));

/** Each param is checked on its own: a bad one is dropped, the rest of the link still works. */
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
});

export type FeedSearch = v.InferOutput<typeof FeedSearchSchema>;

export function validateFeedSearch(search: Record<string, unknown>): FeedSearch {
  const parsed = v.parse(FeedSearchSchema, search);
  return {
    ...(parsed.q ? { q: parsed.q } : {}),
    ...(parsed.entity?.length ? { entity: parsed.entity } : {}),
    ...(parsed.source ? { source: parsed.source } : {}),
    ...(parsed.topic ? { topic: parsed.topic } : {}),
  };
}
