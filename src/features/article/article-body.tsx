import { useId, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Article, ArticleEntity } from '../../news/schema/article';
import { Popover } from '../../ui/popover';
import { BodyParagraph, type ParagraphElement } from './body-paragraph';
import { bodyPieces } from './body-pieces';
import { segmentBody, type Segment } from './mention-segments';
import { paragraphGroups } from './paragraph-groups';
import { useMentionCard } from './use-mention-card';
import { useReveal } from './use-reveal';

interface ArticleBodyProps {
  article: Article;
  highlightedEntityId: string | null;
  onHighlight: (entityId: string | null) => void;
  renderEntityCard: (entity: ArticleEntity) => ReactNode;
}

/** Render cost units: a mark is one, as are 100 characters of text. Under 50 ms of work a batch on a slow core, so the page answers input between batches. */
const BATCH = 600;
/** Past this many pieces a story is big: paragraphs off screen are not laid out until they near it. */
const BIG = 60;

/**
 * The story text at a readable measure: paragraphs, headings, quotes and lists as their own
 * elements, links to the web, and every entity mention as a mark that opens its card. All of it
 * is text and data from the contract; no HTML from a backend is ever rendered.
 */
export function ArticleBody({ article, highlightedEntityId, onHighlight, renderEntityCard }: ArticleBodyProps) {
  // Computed once per story: the sorted ranges of every paragraph, cut into pieces of bounded size.
  const layout = useMemo(() => {
    const pieces = bodyPieces(segmentBody(article));
    const paragraphs = article.body.map((): (typeof pieces)[number]['segments'][] => []);
    const firstPiece: number[] = [];
    pieces.forEach((piece, i) => {
      if (paragraphs[piece.paragraph]?.length === 0) firstPiece[piece.paragraph] = i;
      paragraphs[piece.paragraph]?.push(piece.segments);
    });
    const costs = pieces.map(({ segments }) => segments.reduce((sum, s) => sum + segmentCost(s), 1));
    const entities = new Map(article.entities.map((entity) => [entity.id, entity]));
    const groups = paragraphGroups(article.body.length, article.paragraphKinds);
    return { paragraphs, firstPiece, costs, entities, groups, big: pieces.length > BIG };
  }, [article]);
  const revealed = useReveal(layout.costs, BATCH);
  const textRef = useRef<HTMLDivElement>(null);
  const { active, textHandlers, cardHandlers } = useMentionCard(onHighlight, (mark) =>
    layout.entities.get(mark.dataset.entityId ?? ''),
  );
  const cardId = useId();
  const activeParagraph = active ? active.entity.mentions[Number(active.anchor.dataset.index)]?.paragraph : undefined;

  // Lighting an entity up touches only its own marks' attributes, which React does not manage, so
  // no paragraph re-renders; pieces revealed later are covered by re-running on `revealed`.
  useLayoutEffect(() => {
    const text = textRef.current;
    if (!text || !highlightedEntityId) return;
    const marks = text.querySelectorAll(`mark[data-entity-id="${CSS.escape(highlightedEntityId)}"]`);
    for (const mark of marks) mark.setAttribute('data-highlighted', 'true');
    return () => {
      for (const mark of marks) mark.removeAttribute('data-highlighted');
    };
  }, [highlightedEntityId, revealed]);

  const paragraph = (index: number, as: ParagraphElement) => {
    const pieces = layout.paragraphs[index] ?? [];
    const shown = Math.min(pieces.length, revealed - (layout.firstPiece[index] ?? 0));
    if (shown <= 0) return null;
    return (
      <BodyParagraph
        key={index}
        as={as}
        pieces={pieces}
        shown={shown}
        activeMarkId={activeParagraph === index ? active?.anchor.id : undefined}
        cardId={cardId}
        big={layout.big}
      />
    );
  };

  return (
    <div className="relative mt-8">
      <div
        ref={textRef}
        data-highlighting={highlightedEntityId ? '' : undefined}
        className="max-w-[65ch] font-serif text-[calc(clamp(1.0625rem,0.98rem+0.35vw,1.25rem)*var(--reader-text-scale,1))] leading-[1.7] text-stone-800 dark:text-stone-200"
        {...textHandlers}
      >
        {layout.groups.map(({ kind, paragraphs: indices }) => {
          const first = indices[0] ?? 0;
          if (kind === 'heading') return paragraph(first, 'h2');
          if (kind === 'paragraph') return paragraph(first, 'p');
          // A quote or list is drawn once its first paragraph is revealed, never as an empty box.
          if ((layout.firstPiece[first] ?? 0) >= revealed) return null;
          const Wrapper = kind === 'quote' ? 'blockquote' : 'ul';
          return (
            <Wrapper key={first} className={GROUP_CLASS[kind]}>
              {indices.map((index) => paragraph(index, kind === 'quote' ? 'quote-p' : 'li'))}
            </Wrapper>
          );
        })}
      </div>
      {active && (
        <Popover key={active.anchor.id} anchor={active.anchor} id={cardId} label={active.entity.name} {...cardHandlers}>
          {renderEntityCard(active.entity)}
        </Popover>
      )}
    </div>
  );
}

const GROUP_CLASS = {
  quote: 'mt-[1.1em] border-l-4 border-stone-300 pl-4 italic first:mt-0 dark:border-stone-600',
  'list-item': 'mt-[1.1em] list-disc space-y-[0.4em] pl-6 first:mt-0',
} as const;

function segmentCost(segment: Segment): number {
  if (typeof segment === 'string') return segment.length / 100;
  if ('entity' in segment) return 1;
  return segment.children.reduce<number>((sum, child) => sum + segmentCost(child), 1);
}
