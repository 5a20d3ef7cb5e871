import { useId, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Article, ArticleEntity } from '../../news/schema/article';
import { Popover } from '../../ui/popover';
import { BodyParagraph } from './body-paragraph';
import { bodyPieces } from './body-pieces';
import { segmentBody } from './mention-segments';
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

/** The story text at a readable measure, with every entity mention as a mark that opens its card. */
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
    const costs = pieces.map(({ segments }) =>
      segments.reduce((sum, s) => sum + (typeof s === 'string' ? s.length / 100 : 1), 1),
    );
    const entities = new Map(article.entities.map((entity) => [entity.id, entity]));
    return { paragraphs, firstPiece, costs, entities, big: pieces.length > BIG };
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

  return (
    <div className="relative mt-8">
      <div
        ref={textRef}
        data-highlighting={highlightedEntityId ? '' : undefined}
        className="max-w-[65ch] font-serif text-[calc(clamp(1.0625rem,0.98rem+0.35vw,1.25rem)*var(--reader-text-scale,1))] leading-[1.7] text-stone-800 dark:text-stone-200"
        {...textHandlers}
      >
        {layout.paragraphs.map((pieces, paragraph) => {
          const shown = Math.min(pieces.length, revealed - (layout.firstPiece[paragraph] ?? 0));
          if (shown <= 0) return null;
          return (
            <BodyParagraph
              key={paragraph}
              pieces={pieces}
              shown={shown}
              activeMarkId={activeParagraph === paragraph ? active?.anchor.id : undefined}
              cardId={cardId}
              big={layout.big}
            />
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
