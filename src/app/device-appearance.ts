import { TEXT_SCALE } from '../reading/appearance';
import { LEGACY_THEME_KEY, STORAGE_KEY } from '../reading/storage';

/** The attribute of #root that names the path a page was prerendered for. */
export const PRERENDERED_PATH_ATTRIBUTE = 'data-prerendered-path';

/**
 * The page's inline script for HTML rendered at build time: before the first paint it gives the
 * reader's root element the device's theme, text size and density, as appearanceOf
 * (src/reading/appearance.ts) would, so the prerendered page is drawn once, in the reader's
 * colours and size, and hydrating it moves nothing. Plain ES5 in a string, since it runs before
 * any module; whatever it cannot read leaves the defaults, and the reader corrects it on hydration.
 * HTML for another path or query (a host or service worker answering every path with the feed's
 * page; a filtered feed, which the build cannot prerender) is removed before it can flash: the
 * reader renders that page afresh. Every prerendered page carries
 * its phone and its wide layouts, and the reader frame's container queries choose.
 * The script is the same on every page (the page's path is an attribute of #root), so a Content
 * Security Policy allows it by one hash (src/server/inline-scripts.ts) and no 'unsafe-inline'.
 */
export function deviceAppearanceScript(): string {
  const args = [PRERENDERED_PATH_ATTRIBUTE, STORAGE_KEY, LEGACY_THEME_KEY, TEXT_SCALE]
    .map((value) => JSON.stringify(value))
    .join(',');
  return `(function(pathAttribute,key,legacyKey,scales){try{
var host=document.getElementById('root'),root=document.querySelector('#root [data-reader-root]');if(!host||!root)return;
if(location.pathname+location.search!==host.getAttribute(pathAttribute)){root.parentNode.replaceChildren();return;}
var text=localStorage.getItem(key),s={};
if(text){var state=JSON.parse(text);s=state.settings||{theme:state.theme};}
else{var legacy=localStorage.getItem(legacyKey);if(legacy==='light'||legacy==='dark')s={theme:legacy};}
var theme=s.theme||'system';
var dark=theme==='dark'||(theme==='system'&&matchMedia('(prefers-color-scheme: dark)').matches);
if(dark)root.classList.add('dark');else if(theme==='sepia')root.classList.add('theme-sepia');
if(scales[s.textSize])root.style.setProperty('--reader-text-scale',String(scales[s.textSize]));
if(s.density==='compact')root.setAttribute('data-density','compact');
}catch(e){}})(${args});`;
}
