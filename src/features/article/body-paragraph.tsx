import { memo } from 'react';
import { mentionElementId } from '../../ui/mention-ids';
import { isHttpUrl } from '../../news/schema/primitives';
import type { MentionSegment, Segment } from './mention-segments';
import { MentionMark } from './mention-mark';

/** The element a paragraph is drawn as: its kind in the contract, and where it sits. */
export type ParagraphElement = 'p' | 'h2' | 'li' | 'quote-p';

const ELEMENT_CLASS: Record<ParagraphElement, string> = {
  p: 'mt-[1.1em] first:mt-0',
  'quote-p': 'mt-[0.6em] first:mt-0',
  h2: 'mt-[1.6em] font-sans text-[1.15em] font-bold leading-snug text-stone-950 first:mt-0 dark:text-stone-50',
  li: '',
};

const LINK_CLASS =
  'text-sky-800 underline decoration-sky-800/40 underline-offset-[0.2em] hover:decoration-sky-800 dark:text-sky-300 dark:decoration-sky-300/40';

interface BodyParagraphProps {
  as: ParagraphElement;
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
  as,
  pieces,
  shown,
  activeMarkId,
  cardId,
  big,
}: BodyParagraphProps) {
  const visible = pieces.slice(0, shown);
  const mark = (segment: MentionSegment) => (
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
  );
  const render = (segments: Segment[]) =>
    segments.map((segment, position) => {
      if (typeof segment === 'string') return segment;
      if ('entity' in segment) return mark(segment);
      const children = segment.children.map((child) => (typeof child === 'string' ? child : mark(child)));
      // The segments already passed the http(s) allow-list; checking at the last step costs nothing.
      if (!isHttpUrl(segment.href)) return <span key={`text-${position}`}>{children}</span>;
      return (
        <a
          key={`link-${position}`}
          href={segment.href}
          rel="noopener noreferrer"
          target="_blank"
          className={LINK_CLASS}
        >
          {children}
        </a>
      );
    });
  const Element = as === 'quote-p' ? 'p' : as;
  return (
    <Element dir="auto" className={`${ELEMENT_CLASS[as]} ${big && pieces.length === 1 ? SKIP_OFFSCREEN : ''}`}>
      {pieces.length === 1
        ? render(visible[0] ?? [])
        : visible.map((segments, i) => (
            <span key={i} className={`block ${SKIP_OFFSCREEN}`}>
              {render(segments)}
            </span>
          ))}
    </Element>
  );
});
