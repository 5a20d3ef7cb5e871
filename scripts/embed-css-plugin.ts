import type { Plugin } from 'vite';
import { toShadowCss } from '../src/embed/shadow-css';

/**
 * The embed imports Lede's stylesheet as a string (`styles.css?inline`) to put it in its shadow
 * roots. After Tailwind has compiled it, this rewrites it for that life: rem becomes px (a host's
 * `html { font-size: 10px }` must not shrink Lede) and html/:root/:host rules move to the reader's
 * root element. Runs last, on the JS module Vite made of the CSS: `export default "<css>"`.
 */
export function embedCss(): Plugin {
  return {
    name: 'lede-embed-css',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/styles\.css\?inline$/.test(id)) return null;
      const match = /^export default ("(?:[^"\\]|\\.)*");?\s*$/s.exec(code.trim());
      if (!match?.[1]) this.error(`lede-embed-css: unexpected module shape for ${id}`);
      const css = JSON.parse(match[1]) as string;
      return { code: `export default ${JSON.stringify(toShadowCss(css))};`, map: null };
    },
  };
}
