import type { Article, ArticleEntity } from '../../news/schema/article';
import { linkRanges, type PlacedLink } from './link-ranges';

export interface MentionSegment {
  entity: ArticleEntity;
  /** Position in `entity.mentions`: with the entity id it names the mark's DOM id. */
  index: number;
  text: string;
}

/** A link's text, with any mentions it wholly contains kept as marks inside it. */
export interface LinkSegment {
  href: string;
  children: (string | MentionSegment)[];
}

export type Segment = string | MentionSegment | LinkSegment;

export interface Range {
  entity: ArticleEntity;
  index: number;
  start: number;
  end: number;
}

/**
 * Each paragraph as plain text, mentions and links, in reading order. The schema already refuses
 * ranges outside a paragraph; overlapping mentions are not refused, so the earlier, then longer,
 * one wins and the rest stay plain text. Links that cut through a mention are trimmed around it
 * (see linkRanges), so every mention stays one mark and every link one or more whole anchors.
 */
export function segmentBody(article: Pick<Article, 'body' | 'entities' | 'links'>): Segment[][] {
  const ranges = article.body.map((): Range[] => []);
  for (const entity of article.entities) {
    entity.mentions.forEach((mention, index) => {
      ranges[mention.paragraph]?.push({ entity, index, start: mention.start, end: mention.end });
    });
  }
  return article.body.map((text, paragraph) => {
    const mentions = acceptedMentions(text, ranges[paragraph] ?? []);
    const links = linkRanges(text, paragraph, article.links ?? [], mentions);
    return withLinks(text, mentions, links);
  });
}

function acceptedMentions(text: string, ranges: Range[]): Range[] {
  const sorted = ranges
    .filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Range[] = [];
  let cursor = 0;
  for (const range of sorted) {
    if (range.start < cursor || range.end <= range.start) continue;
    kept.push(range);
    cursor = range.end;
  }
  return kept;
}

function withLinks(text: string, mentions: readonly Range[], links: readonly PlacedLink[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const link of links) {
    if (link.start > cursor) segments.push(...split(text, mentions, cursor, link.start));
    segments.push({ href: link.href, children: split(text, mentions, link.start, link.end) });
    cursor = link.end;
  }
  if (cursor < text.length) segments.push(...split(text, mentions, cursor, text.length));
  return segments;
}

/** Text and mentions between `from` and `to`; mentions are disjoint and never cross those bounds. */
function split(text: string, mentions: readonly Range[], from: number, to: number): (string | MentionSegment)[] {
  const segments: (string | MentionSegment)[] = [];
  let cursor = from;
  for (const { entity, index, start, end } of mentions) {
    if (start < from || end > to) continue;
    if (start > cursor) segments.push(text.slice(cursor, start));
    segments.push({ entity, index, text: text.slice(start, end) });
    cursor = end;
  }
  if (cursor < to) segments.push(text.slice(cursor, to));
  return segments;
}
