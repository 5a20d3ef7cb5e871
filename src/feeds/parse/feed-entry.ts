/**
 * One item of any feed format, before any judgement: raw strings as the feed gave them (markup
 * and all). Each format's mapper fills this; toRawStory decides what of it to trust.
 */
export interface FeedEntry {
  guid?: string;
  /** The GUID says it is the story's permanent address (RSS isPermaLink, or an http(s) Atom id). */
  guidIsLink?: boolean;
  link?: string;
  title?: string;
  authors: string[];
  dates: string[];
  summaryHtml?: string;
  contentHtml?: string;
  contentText?: string;
  image?: { url: string; alt?: string; credit?: string };
  categories: string[];
}

export interface FeedHead {
  title?: string;
  siteUrl?: string;
  ttlMinutes?: number;
  updatePeriod?: string;
  updateFrequency?: number;
}

export function present<T>(values: readonly (T | undefined | null)[]): T[] {
  return values.filter((value): value is T => value !== undefined && value !== null && value !== '');
}
