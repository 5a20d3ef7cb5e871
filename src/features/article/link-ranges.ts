import type { LinkRange } from '../../news/schema/article';
import { isHttpUrl } from '../../news/schema/primitives';

export interface PlacedLink {
  href: string;
  start: number;
  end: number;
}

/**
 * The links of one paragraph that can be drawn: http(s) only (checked again here, whatever the
 * backend promised), disjoint (the earlier, then longer, wins), and never cutting a mention in
 * two: a mention wholly inside a link stays inside it; where a link only partly covers a mention,
 * or sits inside one, the mention keeps those characters and the link keeps the rest.
 */
export function linkRanges(
  text: string,
  paragraph: number,
  links: readonly LinkRange[],
  mentions: readonly { start: number; end: number }[],
): PlacedLink[] {
  const candidates = links
    .filter((l) => l.paragraph === paragraph && l.start >= 0 && l.end <= text.length && l.end > l.start)
    .filter((l) => isHttpUrl(l.href))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const placed: PlacedLink[] = [];
  let cursor = 0;
  for (const link of candidates) {
    if (link.start < cursor) continue;
    placed.push(...aroundMentions({ href: link.href, start: link.start, end: link.end }, mentions));
    cursor = link.end;
  }
  return placed;
}

function aroundMentions(link: PlacedLink, mentions: readonly { start: number; end: number }[]): PlacedLink[] {
  let parts = [link];
  for (const mention of mentions) {
    parts = parts.flatMap((part) => {
      const overlaps = mention.start < part.end && mention.end > part.start;
      const inside = mention.start >= part.start && mention.end <= part.end;
      if (!overlaps || inside) return [part];
      return [
        { ...part, end: Math.min(part.end, mention.start) },
        { ...part, start: Math.max(part.start, mention.end) },
      ].filter((p) => p.end > p.start);
    });
  }
  return parts;
}
