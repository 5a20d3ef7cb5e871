import * as v from 'valibot';
import { stringifySearch } from '../app/search-params';

const Id = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(128));
const Text = v.pipe(v.string(), v.trim(), v.maxLength(200));

/** What el.navigate() and the iframe's messages accept: a story, an entity's page, or a feed. */
export const NavigateTargetSchema = v.union([
  v.strictObject({ article: Id }),
  v.strictObject({ entity: Id }),
  v.strictObject({
    feed: v.strictObject({
      q: v.optional(Text),
      entity: v.optional(v.union([Id, v.array(Id)])),
    }),
  }),
]);

export type NavigateTarget = v.InferOutput<typeof NavigateTargetSchema>;

/** The reader's own path for a target (memory or hash history alike). */
export function pathFor(target: NavigateTarget): string {
  if ('article' in target) return `/articles/${encodeURIComponent(target.article)}`;
  if ('entity' in target) return `/entities/${encodeURIComponent(target.entity)}`;
  return `/${stringifySearch({ q: target.feed.q, entity: target.feed.entity })}`;
}

/** The first page from the initial-state attributes (or query params): a story, else the filtered feed. */
export function initialTarget(state: { article?: string; entity?: string; q?: string }): NavigateTarget {
  if (state.article) return { article: state.article };
  return { feed: { q: state.q || undefined, entity: state.entity || undefined } };
}
