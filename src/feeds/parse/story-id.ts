import { createHash } from 'node:crypto';

const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ocid)$/i;

/**
 * The address two feeds would both give for one story: no fragment, no tracking parameters,
 * host lowercased (URL does that), and no trailing slash on a path.
 */
export function canonicalUrl(value: string): string {
  const url = new URL(value);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.search = url.searchParams.toString() ? `?${url.searchParams.toString()}` : '';
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.href;
}

/**
 * A URL-safe id that stays the same every time the item is fetched. A GUID is only unique within
 * its feed, so it is scoped by the feed's address; a permalink GUID or a link is global, so the
 * same story from two feeds gets one id.
 */
export function storyId(key: { feedUrl: string; guid?: string; permalink?: string; fallback: string }): string {
  const basis = key.permalink
    ? `url ${key.permalink}`
    : key.guid
      ? `guid ${key.feedUrl} ${key.guid}`
      : `item ${key.feedUrl} ${key.fallback}`;
  return `s${createHash('sha256').update(basis).digest('hex').slice(0, 23)}`;
}
