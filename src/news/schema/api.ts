import * as v from 'valibot';

/**
 * List envelopes are checked loosely here: each item is validated on its own so that one bad
 * story is dropped and reported instead of failing the whole page.
 */
export const ArticlePageEnvelopeSchema = v.object({
  items: v.array(v.unknown(), 'must be a list'),
  nextCursor: v.nullable(v.string('must be a string or null')),
  total: v.pipe(v.number('must be a number'), v.integer(), v.minValue(0)),
});

export const EntityListEnvelopeSchema = v.object({
  items: v.array(v.unknown(), 'must be a list'),
});

export const ApiErrorSchema = v.object({
  error: v.object({ code: v.string(), message: v.string() }),
});

export type ApiError = v.InferOutput<typeof ApiErrorSchema>;
