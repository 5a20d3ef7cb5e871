/** The element that holds a prerendered page's scripts until its first paint. */
export const DEFERRED_SCRIPTS_ID = 'lede-scripts';

const MODULE_SCRIPT = /[ \t]*<script type="module"[^>]*\bsrc="[^"]+"[^>]*><\/script>\n?/g;
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload"[^>]*>\n?/g;
// The bundled feed's data file: a page that carries its own query data does not need it first.
const DATA_PRELOAD = /[ \t]*<link rel="preload"[^>]*\bas="fetch"[^>]*>\n?/g;

/**
 * The page's inline script that starts the reader's code once the prerendered HTML has painted.
 * Until then the HTML and the stylesheet have the network and the main thread to themselves; on a
 * slow phone the first story no longer waits behind 110 kB of script it does not need to be seen.
 * A frame and a task after the first paint, or after a second at the latest (a tab opened in the
 * background paints no frame). The same text on every page and every build, so a Content Security
 * Policy allows it by one hash (src/server/inline-scripts.ts).
 */
export function deferredScriptsLoader(): string {
  return `(function(id){var t=document.getElementById(id),done=false;if(!t)return;
function start(){if(done)return;done=true;document.head.appendChild(t.content.cloneNode(true));}
requestAnimationFrame(function(){setTimeout(start,0);});setTimeout(start,1000);})(${JSON.stringify(DEFERRED_SCRIPTS_ID)});`;
}

/**
 * A built page (Vite's index.html) whose body is prerendered: its module script and module
 * preloads move out of the head into an inert <template> at the end of the body, started by
 * deferredScriptsLoader, and the data preload is dropped. Scripts cloned out of a template run as
 * any script the page inserts (the `crossorigin` attribute and module type are kept).
 */
export function deferScripts(page: string): string {
  const tags = [...page.matchAll(MODULE_SCRIPT), ...page.matchAll(MODULE_PRELOAD)].map((m) => m[0].trim());
  if (!tags.some((tag) => tag.startsWith('<script'))) throw new Error('the page has no module script to defer');
  const head = page.replace(MODULE_SCRIPT, '').replace(MODULE_PRELOAD, '').replace(DATA_PRELOAD, '');
  const deferred =
    `<template id="${DEFERRED_SCRIPTS_ID}">${tags.join('')}</template>` + `<script>${deferredScriptsLoader()}</script>`;
  if (!head.includes('</body>')) throw new Error('the page has no </body>');
  return head.replace('</body>', `${deferred}\n  </body>`);
}

/**
 * deferScripts for a page made at run time (the Lede server's rendered views): as it is when it has
 * no module script or no </body> to defer it before, or when its scripts wait already (a shell cut
 * from a prerendered build).
 */
export function deferScriptsIfAny(page: string): string {
  const deferred = page.includes(`<template id="${DEFERRED_SCRIPTS_ID}">`);
  if (deferred || !page.includes('</body>') || page.match(MODULE_SCRIPT) === null) return page;
  return deferScripts(page);
}
