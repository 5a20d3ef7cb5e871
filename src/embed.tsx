import { LedeReaderElement, setBundleBase } from './embed/lede-reader-element';

/**
 * The embed's only public surface: `<script type="module" src=".../embed/lede-reader.js">` defines
 * <lede-reader>. The bundled stories sit one folder up from the script, in data/.
 */
setBundleBase(new URL('../', import.meta.url).href);

if (!customElements.get('lede-reader')) customElements.define('lede-reader', LedeReaderElement);

declare global {
  interface HTMLElementTagNameMap {
    'lede-reader': LedeReaderElement;
  }
}
