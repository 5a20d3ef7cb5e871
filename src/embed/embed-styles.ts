import css from '../styles.css?inline';
import { HOST_CSS, splitPropertyRules } from './shadow-css';

// The build has already turned rem into px and html/:root/:host into the reader's root class.
const { properties, rest } = splitPropertyRules(css);
const SHADOW_CSS = `${HOST_CSS}\n${rest}`;

let shared: CSSStyleSheet | null = null;

/** One constructed stylesheet shared by every <lede-reader> on the page; a <style> where unsupported. */
export function adoptReaderStyles(shadow: ShadowRoot): void {
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(SHADOW_CSS);
    }
    shadow.adoptedStyleSheets = [shared];
    return;
  }
  const style = document.createElement('style');
  style.textContent = SHADOW_CSS;
  shadow.append(style);
}

const PROPERTY_MARK = 'data-lede-properties';

/** The @property rules, once per document: registrations only, they cannot restyle the host's elements. */
export function ensurePropertyRules(doc: Document): void {
  if (!properties || doc.head.querySelector(`style[${PROPERTY_MARK}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(PROPERTY_MARK, '');
  style.textContent = properties;
  doc.head.append(style);
}
