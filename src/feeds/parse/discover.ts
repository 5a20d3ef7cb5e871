import { parseHTML } from 'linkedom';
import { httpHref } from '../structure/html-to-blocks';

export interface DiscoveredFeed {
  url: string;
  format: 'rss' | 'atom' | 'json';
  title?: string;
}

const TYPES: Record<string, DiscoveredFeed['format']> = {
  'application/rss+xml': 'rss',
  'application/rdf+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/feed+json': 'json',
  'application/json': 'json',
};

/** The feeds a site's page names with <link rel="alternate" type="...">, in the page's order. */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const { document } = parseHTML(html);
  const found = new Map<string, DiscoveredFeed>();
  for (const link of document.querySelectorAll('link[rel][href][type]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const format = TYPES[(link.getAttribute('type') ?? '').trim().toLowerCase()];
    const url = httpHref(link.getAttribute('href'), pageUrl);
    if (!rel.includes('alternate') || !format || !url || found.has(url)) continue;
    const title = (link.getAttribute('title') ?? '').trim().slice(0, 200);
    found.set(url, { url, format, ...(title ? { title } : {}) });
  }
  return [...found.values()];
}
