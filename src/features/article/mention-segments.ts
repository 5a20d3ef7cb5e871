import type { Article, ArticleEntity } from '../../news/schema/article';

export interface MentionSegment {
  entity: ArticleEntity;
  /** Position in `entity.mentions`: with the entity id it names the mark's DOM id. */
  index: number;
  text: string;
}

export type Segment = string | MentionSegment;

interface Range {
  entity: ArticleEntity;
  index: number;
  start: number;
  end: number;
}

/**
 * Each paragraph as plain text and mentions, in reading order. The schema already refuses ranges
 * outside a paragraph; overlapping ranges (a name inside a longer name) are not refused, so the
 * earlier, then longer, one wins and the rest stay plain text instead of breaking the sentence.
 */
export function segmentBody(article: Pick<Article, 'body' | 'entities'>): Segment[][] {
  const ranges = article.body.map((): Range[] => []);
  for (const entity of article.entities) {
    entity.mentions.forEach((mention, index) => {
      ranges[mention.paragraph]?.push({ entity, index, start: mention.start, end: mention.end });
    });
  }
  return article.body.map((text, paragraph) => split(text, ranges[paragraph] ?? []));
}

function split(text: string, ranges: Range[]): Segment[] {
  const sorted = ranges
    .filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const { entity, index, start, end } of sorted) {
    if (start < cursor || end <= start) continue;
    if (start > cursor) segments.push(text.slice(cursor, start));
    segments.push({ entity, index, text: text.slice(start, end) });
    cursor = end;
  }
  if (cursor < text.length) segments.push(text.slice(cursor));
  return segments;
}
