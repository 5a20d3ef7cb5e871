import { useId, useMemo, type ReactNode } from 'react';
import type { Article, ArticleEntity } from '../../news/schema/article';
import { mentionElementId } from '../../ui/mention-ids';
import { Popover } from '../../ui/popover';
import { MentionMark } from './mention-mark';
import { segmentBody } from './mention-segments';
import { useMentionCard } from './use-mention-card';

interface ArticleBodyProps {
  article: Article;
  highlightedEntityId: string | null;
  onHighlight: (entityId: string | null) => void;
  renderEntityCard: (entity: ArticleEntity) => ReactNode;
}

/** The story text at a readable measure, with every entity mention as a mark that opens its card. */
export function ArticleBody({ article, highlightedEntityId, onHighlight, renderEntityCard }: ArticleBodyProps) {
  const paragraphs = useMemo(() => segmentBody(article), [article]);
  const { active, markHandlers, cardHandlers } = useMentionCard(onHighlight);
  const cardId = useId();

  return (
    <div className="relative mt-8">
      <div className="max-w-[65ch] font-serif text-[calc(clamp(1.0625rem,0.98rem+0.35vw,1.25rem)*var(--reader-text-scale,1))] leading-[1.7] text-stone-800 dark:text-stone-200">
        {paragraphs.map((segments, paragraph) => (
          <p key={paragraph} dir="auto" className="mt-[1.1em] first:mt-0">
            {segments.map((segment) =>
              typeof segment === 'string' ? (
                segment
              ) : (
                <MentionMark
                  key={`${segment.entity.id}-${segment.index}`}
                  entity={segment.entity}
                  index={segment.index}
                  text={segment.text}
                  highlightedEntityId={highlightedEntityId}
                  cardId={active?.anchor.id === mentionElementId(segment.entity.id, segment.index) ? cardId : undefined}
                  {...markHandlers(segment.entity)}
                />
              ),
            )}
          </p>
        ))}
      </div>
      {active && (
        <Popover key={active.anchor.id} anchor={active.anchor} id={cardId} label={active.entity.name} {...cardHandlers}>
          {renderEntityCard(active.entity)}
        </Popover>
      )}
    </div>
  );
}
