import type { Segment } from './mention-segments';

/** A paragraph longer than this is cut into pieces the browser can skip laying out while off screen. */
export const PIECE_CHARS = 4_000;

export interface BodyPiece {
  paragraph: number;
  segments: Segment[];
}

/**
 * The body as pieces in reading order: one per ordinary paragraph, several for a very long one,
 * cut at a space (marks and links are never cut). Each piece is a unit of rendering, so no single piece costs
 * more than a few thousand characters of layout, however long the paragraph it came from.
 */
export function bodyPieces(paragraphs: readonly Segment[][], limit = PIECE_CHARS): BodyPiece[] {
  const pieces: BodyPiece[] = [];
  paragraphs.forEach((segments, paragraph) => {
    let current: Segment[] = [];
    let length = 0;
    const flush = () => {
      if (current.length > 0) pieces.push({ paragraph, segments: current });
      current = [];
      length = 0;
    };
    for (const segment of segments) {
      if (typeof segment !== 'string') {
        const size = segmentLength(segment);
        if (length + size > limit) flush();
        current.push(segment);
        length += size;
        continue;
      }
      let rest = segment;
      while (length + rest.length > limit) {
        const cut = cutAt(rest, limit - length);
        if (cut === 0) {
          flush();
          continue;
        }
        current.push(rest.slice(0, cut));
        rest = rest.slice(cut);
        flush();
      }
      if (rest) {
        current.push(rest);
        length += rest.length;
      }
    }
    if (current.length > 0 || pieces.at(-1)?.paragraph !== paragraph) pieces.push({ paragraph, segments: current });
  });
  return pieces;
}

/** Where to end a piece within `room` characters: after the last space, or hard at `room` when there is none. */
function cutAt(text: string, room: number): number {
  if (room <= 0) return 0;
  const space = text.lastIndexOf(' ', room);
  return space > 0 ? space + 1 : Math.min(room, text.length);
}

function segmentLength(segment: Exclude<Segment, string>): number {
  if ('entity' in segment) return segment.text.length;
  return segment.children.reduce(
    (sum, child) => sum + (typeof child === 'string' ? child.length : child.text.length),
    0,
  );
}
