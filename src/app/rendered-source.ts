/** The attribute of #root naming the API a server rendered the page's HTML from. */
export const RENDERED_API_ATTRIBUTE = 'data-rendered-api';

/**
 * The apiBaseUrl the page's HTML was rendered from: the Lede server names its own API; the
 * build's prerendered pages carry no name, since they come from the bundled stories (null).
 * The reader hydrates the HTML only when it reads from the same source.
 */
export function renderedApiBase(container: HTMLElement): string | null {
  return container.getAttribute(RENDERED_API_ATTRIBUTE);
}
