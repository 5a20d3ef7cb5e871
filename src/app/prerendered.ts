import type { DehydratedState } from '@tanstack/react-query';
import * as v from 'valibot';

export { PRERENDER_WIDTH } from '../ui/prerender-size';
export const PRERENDERED_ID = 'lede-prerendered';

/** What the build's prerender puts in the page beside the HTML: the path it rendered and the query data. */
const PrerenderedSchema = v.object({
  path: v.string(),
  state: v.object({ queries: v.array(v.unknown()), mutations: v.array(v.unknown()) }),
});

export interface Prerendered {
  path: string;
  state: DehydratedState;
}

/** The page's prerendered data, or null (not prerendered, or not readable: then it renders afresh). */
export function readPrerendered(doc: Document): Prerendered | null {
  const text = doc.getElementById(PRERENDERED_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed = v.safeParse(PrerenderedSchema, JSON.parse(text));
    return parsed.success ? { path: parsed.output.path, state: parsed.output.state as DehydratedState } : null;
  } catch {
    return null;
  }
}

/**
 * JSON that is safe inside a <script> element: no "</script>" or "<!--" can end it early, and the
 * line separators U+2028 and U+2029 (from a story's text) are escaped like any other character.
 */
export function prerenderedJson(data: Prerendered): string {
  return JSON.stringify(data).replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The bundled corpus changes only with a build, so data rendered into the page is as fresh as the
 * page itself: it counts from now, and the reader does not fetch it again on hydration.
 */
export function asFreshAsThePage(state: DehydratedState, now = Date.now()): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) => ({ ...query, state: { ...query.state, dataUpdatedAt: now } })),
  };
}
