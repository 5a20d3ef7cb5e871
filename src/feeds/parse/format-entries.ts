import type { AnyFeed } from 'feedsmith';
import { type FeedEntry, type FeedHead, present } from './feed-entry';
import { mediaImage } from './media-image';

type Feed<F extends AnyFeed['format']> = Extract<AnyFeed, { format: F }>['feed'];

/** "ann@example.com (Ann Lee)" is how RSS names an author; the name is what a reader wants. */
function rssAuthor(value: string | undefined): string | undefined {
  const named = value ? /^\S+@\S+\s*\((.+)\)\s*$/.exec(value) : null;
  return named?.[1] ?? value;
}

export function rssEntries(feed: Feed<'rss'>): { head: FeedHead; entries: FeedEntry[] } {
  const head: FeedHead = {
    ...(feed.title ? { title: feed.title } : {}),
    ...(feed.link ? { siteUrl: feed.link } : {}),
    ...(feed.ttl ? { ttlMinutes: feed.ttl } : {}),
    ...(feed.sy?.updatePeriod ? { updatePeriod: feed.sy.updatePeriod } : {}),
    ...(feed.sy?.updateFrequency ? { updateFrequency: feed.sy.updateFrequency } : {}),
  };
  const entries = (feed.items ?? []).map((item): FeedEntry => {
    const enclosure = item.enclosures?.find((e) => e.url && e.type?.startsWith('image/'));
    return {
      ...(item.guid?.value ? { guid: item.guid.value, guidIsLink: item.guid.isPermaLink !== false } : {}),
      ...(item.link ? { link: item.link } : {}),
      ...(item.title ? { title: item.title } : {}),
      authors: present([...(item.dc?.creators ?? []), ...(item.authors ?? []).map((a) => rssAuthor(a.name))]),
      dates: present([item.pubDate, ...(item.dc?.dates ?? []), ...(item.dcterms?.modified ?? [])]),
      ...(item.description ? { summaryHtml: item.description } : {}),
      ...(item.content?.encoded ? { contentHtml: item.content.encoded } : {}),
      image: mediaImage(item.media) ?? (enclosure?.url ? { url: enclosure.url } : undefined),
      categories: present([...(item.categories ?? []).map((c) => c.name), ...(item.dc?.subjects ?? [])]),
    };
  });
  return { head, entries };
}

export function rdfEntries(feed: Feed<'rdf'>): { head: FeedHead; entries: FeedEntry[] } {
  const head: FeedHead = {
    ...(feed.title ? { title: feed.title } : {}),
    ...(feed.link ? { siteUrl: feed.link } : {}),
    ...(feed.sy?.updatePeriod ? { updatePeriod: feed.sy.updatePeriod } : {}),
    ...(feed.sy?.updateFrequency ? { updateFrequency: feed.sy.updateFrequency } : {}),
  };
  const entries = (feed.items ?? []).map((item): FeedEntry => ({
    ...(item.rdf?.about ? { guid: item.rdf.about, guidIsLink: true } : {}),
    ...(item.link ? { link: item.link } : {}),
    ...(item.title ? { title: item.title } : {}),
    authors: present(item.dc?.creators ?? []),
    dates: present([...(item.dc?.dates ?? []), ...(item.dcterms?.modified ?? [])]),
    ...(item.description ? { summaryHtml: item.description } : {}),
    ...(item.content?.encoded ? { contentHtml: item.content.encoded } : {}),
    image: mediaImage(item.media),
    categories: present(item.dc?.subjects ?? []),
  }));
  return { head, entries };
}

export function atomEntries(feed: Feed<'atom'>): { head: FeedHead; entries: FeedEntry[] } {
  const alternate = (links: { href?: string; rel?: string }[] | undefined) =>
    links?.find((l) => l.href && (!l.rel || l.rel === 'alternate'))?.href;
  const siteUrl = alternate(feed.links);
  const head: FeedHead = {
    ...(feed.title?.value ? { title: feed.title.value } : {}),
    ...(siteUrl ? { siteUrl } : {}),
  };
  const entries = (feed.entries ?? []).map((entry): FeedEntry => {
    const link = alternate(entry.links);
    return {
      ...(entry.id ? { guid: entry.id, guidIsLink: /^https?:\/\//i.test(entry.id) } : {}),
      ...(link ? { link } : {}),
      ...(entry.title?.value ? { title: entry.title.value } : {}),
      authors: present((entry.authors ?? []).map((a) => a.name)),
      dates: present([entry.published, entry.updated]),
      ...(entry.summary?.value ? { summaryHtml: entry.summary.value } : {}),
      ...(entry.content?.value ? { contentHtml: entry.content.value } : {}),
      image: mediaImage(entry.media),
      categories: present((entry.categories ?? []).map((c) => c.label ?? c.term)),
    };
  });
  return { head, entries };
}

export function jsonEntries(feed: Feed<'json'>): { head: FeedHead; entries: FeedEntry[] } {
  const head: FeedHead = {
    ...(feed.title ? { title: feed.title } : {}),
    ...(feed.home_page_url ? { siteUrl: feed.home_page_url } : {}),
  };
  const entries = (feed.items ?? []).map((item): FeedEntry => ({
    ...(item.id ? { guid: String(item.id), guidIsLink: false } : {}),
    ...(item.url || item.external_url ? { link: item.url ?? item.external_url } : {}),
    ...(item.title ? { title: item.title } : {}),
    authors: present((item.authors ?? []).map((a) => a.name)),
    dates: present([item.date_published, item.date_modified]),
    ...(item.summary ? { summaryHtml: item.summary } : {}),
    ...(item.content_html ? { contentHtml: item.content_html } : {}),
    ...(item.content_text ? { contentText: item.content_text } : {}),
    image: item.image || item.banner_image ? { url: item.image ?? item.banner_image ?? '' } : undefined,
    categories: present(item.tags ?? []),
  }));
  return { head, entries };
}
