import { isHttpUrl } from './http-url';

/**
 * Where a reader loads story images from without asking: its own origin and its API's (both
 * already see every request the reader makes, so an image there tells them nothing new), and the
 * hosts config.json allow-lists, over https. Anything else waits for the reader's "Load image".
 */
export interface ImagePolicy {
  origins: readonly string[];
  hosts: readonly string[];
}

export type ImageAccess = { kind: 'load' } | { kind: 'ask'; host: string } | { kind: 'refuse' };

/** Paths without a scheme or host (`/data/images/a.jpg`, the proxy's `/api/media?…`) are the reader's own. */
const RELATIVE = /^(?!\/\/)(?![a-z][a-z0-9+.-]*:)[^\\]*$/i;

export function imageAccess(url: string, policy: ImagePolicy): ImageAccess {
  if (!isHttpUrl(url)) return RELATIVE.test(url) && url !== '' ? { kind: 'load' } : { kind: 'refuse' };
  const { origin, protocol, hostname } = new URL(url);
  if (policy.origins.includes(origin)) return { kind: 'load' };
  if (protocol === 'https:' && policy.hosts.includes(hostname)) return { kind: 'load' };
  return { kind: 'ask', host: hostname };
}

/**
 * The policy of one reader: the page it runs on, where its stories come from (the API, or the
 * bundled files beside it) and config.json's allow-list.
 */
export function imagePolicyFor(options: {
  pageUrl: string;
  sourceUrls: readonly string[];
  imageHosts?: readonly string[];
}): ImagePolicy {
  const origins = [options.pageUrl, ...options.sourceUrls].map((url) => new URL(url, options.pageUrl).origin);
  return { origins: [...new Set(origins)], hosts: options.imageHosts ?? [] };
}

/** Without a deployment's word (a component on its own, a prerender in Node): the page's origin only. */
export function ownOriginPolicy(): ImagePolicy {
  const origin = globalThis.location?.origin;
  return { origins: origin ? [origin] : [], hosts: [] };
}
