import { memo } from 'react';
import { mentionElementId } from '../../ui/mention-ids';
import type { Segment } from './mention-segments';
import { MentionMark } from './mention-mark';

interface BodyParagraphProps {
  pieces: readonly Segment[][];
  /** How many of the pieces are rendered yet (the body is revealed a budget at a time). */
  shown: number;
  /** The DOM id of the mark whose card is open, when that mark is in this paragraph. */
  activeMarkId: string | undefined;
  cardId: string;
  /**
   * In a big story, paragraphs and the pieces of a very long one skip layout while off screen.
   * Containment clips paint, so they get a little padding for marks' focus rings at the edges.
   */
  big: boolean;
}

const SKIP_OFFSCREEN = '[content-visibility:auto] [contain-intrinsic-size:auto_8lh] -mx-1 px-1';

/** One paragraph of the story. Memoized: opening a card or lighting an entity up re-renders at most the paragraph concerned. */
export const BodyParagraph = memo(function BodyParagraph({
  pieces,
  shown,
  activeMarkId,
  cardId,
  big,
}: BodyParagraphProps) {
  const visible = pieces.slice(0, shown);
  const render = (segments: Segment[]) =>
    segments.map((segment) =>
      typeof segment === 'string' ? (
        segment
      ) : (
        <MentionMark
          key={`${segment.entity.id}-${segment.index}`}
          entity={segment.entity}
          index={segment.index}
          text={segment.text}
          cardId={
            activeMarkId !== undefined && activeMarkId === mentionElementId(segment.entity.id, segment.index)
              ? cardId
              : undefined
          }
        />
      ),
    );
  return (
    <p dir="auto" className={`mt-[1.1em] first:mt-0 ${big && pieces.length === 1 ? SKIP_OFFSCREEN : ''}`}>
      {pieces.length === 1
        ? render(visible[0] ?? [])
        : visible.map((segments, i) => (
            <span key={i} className={`block ${SKIP_OFFSCREEN}`}>
              {render(segments)}
            </span>
          ))}
    </p>
  );
});
