/**
 * Trusted Types under the CSP's `require-trusted-types-for 'script'`: the only script URLs Lede
 * hands to a sink (its service worker, its entity worker) are files of its own origin. Both reach
 * the sink as plain strings (workbox-window registers the worker with one; Vite needs the literal
 * `new Worker(new URL(...))` to bundle the entity worker), so the `default` policy checks them;
 * it refuses HTML and script strings outright (React never makes any). No named policy is
 * needed while no Lede code asks for one, and the CSP allows only this one name.
 */
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL?: (url: string) => string; createHTML?: () => null; createScript?: () => null },
  ): unknown;
}

const sameOriginScript = (url: string): string => {
  const parsed = new URL(url, document.baseURI);
  if (parsed.origin !== window.location.origin) throw new TypeError(`Lede loads no script from ${parsed.origin}`);
  return parsed.href;
};

let installed = false;

/** Creates the `default` policy once; a browser without Trusted Types needs neither. */
export function installTrustedTypes(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (installed || !factory) return;
  installed = true;
  factory.createPolicy('default', {
    createScriptURL: sameOriginScript,
    createHTML: () => null,
    createScript: () => null,
  });
}
