import * as v from 'valibot';

/** The element's attributes; each is checked on its own, an unknown value falls back to the default. */
export const OBSERVED_ATTRIBUTES = ['api-base', 'theme', 'layout', 'entity', 'q', 'article', 'routing'] as const;
export type ObservedAttribute = (typeof OBSERVED_ATTRIBUTES)[number];

const Optional = v.fallback(v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty())), undefined);

const ReaderAttributesSchema = v.object({
  apiBase: Optional,
  theme: v.fallback(v.picklist(['light', 'dark', 'auto']), 'auto'),
  layout: v.fallback(v.picklist(['full', 'compact']), 'full'),
  routing: v.fallback(v.picklist(['memory', 'hash']), 'memory'),
  entity: Optional,
  q: Optional,
  article: Optional,
});

export type ReaderAttributes = v.InferOutput<typeof ReaderAttributesSchema>;

export function readAttributes(element: Element): ReaderAttributes {
  const get = (name: ObservedAttribute) => element.getAttribute(name) ?? undefined;
  return v.parse(ReaderAttributesSchema, {
    apiBase: get('api-base'),
    theme: get('theme'),
    layout: get('layout'),
    routing: get('routing'),
    entity: get('entity'),
    q: get('q'),
    article: get('article'),
  });
}
