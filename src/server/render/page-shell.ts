import { PRERENDERED_PATH_ATTRIBUTE } from '../../app/device-appearance';
import { PRERENDERED_ID, prerenderedJson, type Prerendered } from '../../app/prerendered';
import { RENDERED_API_ATTRIBUTE } from '../../app/rendered-source';
import { deferScriptsIfAny } from '../../prerender/defer-scripts';
import { HOLD_FIRST_PAINT, holdFirstPaintForAppearance } from '../../prerender/hold-first-paint';

const ROOT_TAG = '<div id="root"></div>';
const DATA_OPEN = `<script type="application/json" id="${PRERENDERED_ID}">`;
// The build's meta policy (scripts/csp-meta.ts) hashes only the inline scripts the built page had;
// a rendered page carries its own, which the server's header policy lists page by page.
const META_POLICY = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/gi;

/**
 * The reader's page with nothing in #root, from the built index.html. A build for a backend has
 * it as is; the static build (`npm run build`) prerendered the bundled feed into it, which this
 * cuts out again: the root, the appearance script and the data, written together by
 * scripts/prerender.ts. It also drops the build's meta Content-Security-Policy: the server sends
 * the policy as a header naming each rendered page's own inline scripts, and a meta policy made
 * for the built page would refuse them. Null when the page has neither shape (then the server
 * sends it as built).
 */
export function shellOf(builtHtml: string): string | null {
  // A page without rendered HTML has nothing to hold its first paint for.
  const indexHtml = builtHtml.replace(META_POLICY, '').replace(HOLD_FIRST_PAINT, '');
  if (indexHtml.includes(ROOT_TAG)) return indexHtml;
  const start = indexHtml.indexOf('<div id="root"');
  const data = indexHtml.indexOf(DATA_OPEN, start);
  // The data is escaped JSON (prerenderedJson): the first "</script>" after it is its own end.
  const end = data < 0 ? -1 : indexHtml.indexOf('</script>', data);
  if (start < 0 || end < 0) return null;
  return indexHtml.slice(0, start) + ROOT_TAG + indexHtml.slice(end + '</script>'.length);
}

export interface RenderedContent {
  /** The path and query the page is for: the reader hydrates it only there. */
  path: string;
  /** The API the data came from, as the reader's config.json names it. */
  apiBaseUrl: string;
  html: string;
  data: Prerendered;
  /** The inline script that gives the page the device's appearance before it paints. */
  appearanceScript: string;
}

/**
 * The shell with a rendered view in #root, the page's appearance script (the same as the
 * prerendered pages', so one CSP hash allows it) and the query data to hydrate from, in a JSON
 * script that no "</script>" in a story can end. Its scripts wait for the first paint, as the
 * prerendered pages' do (deferScripts): the HTML and the stylesheet have the network to themselves.
 */
export function fillShell(shell: string, content: RenderedContent): string {
  const attributes = `${PRERENDERED_PATH_ATTRIBUTE}="${escapeAttribute(content.path)}" ${RENDERED_API_ATTRIBUTE}="${escapeAttribute(content.apiBaseUrl)}"`;
  const page =
    `<div id="root" ${attributes}>${content.html}</div><script>${content.appearanceScript}</script>` +
    `${DATA_OPEN}${prerenderedJson(content.data)}</script>`;
  // A function, so "$&" or "$1" in a story cannot act as a replacement pattern.
  return deferScriptsIfAny(holdFirstPaintForAppearance(shell).replace(ROOT_TAG, () => page));
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
