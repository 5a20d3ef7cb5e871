import { useId, useMemo, type ReactNode } from 'react';
import type { Article, ArticleEntity } from '../../news/schema/article';
import { Popover } from '../../ui/popover';
import { segmentBody } from './mention-segments';
import { paragraphGroups } from './paragraph-groups';
import { ParagraphText } from './paragraph-text';
import { useMentionCard } from './use-mention-card';

interface ArticleBodyProps {
  article: Article;
  highlightedEntityId: string | null;
  onHighlight: (entityId: string | null) => void;
  renderEntityCard: (entity: ArticleEntity) => ReactNode;
}

/**
 * The story text at a readable measure: paragraphs, headings, quotes and lists as their own
 * elements, links to the web, and every entity mention as a mark that opens its card. All of it
 * is text and data from the contract; no HTML from a backend is ever rendered.
 */
export function ArticleBody({ article, highlightedEntityId, onHighlight, renderEntityCard }: ArticleBodyProps) {
  const paragraphs = useMemo(() => segmentBody(article), [article]);
  const groups = useMemo(() => paragraphGroups(article.body.length, article.paragraphKinds), [article]);
  const { active, markHandlers, cardHandlers } = useMentionCard(onHighlight);
  const cardId = useId();
  const text = (paragraph: number) => (
    <ParagraphText
      segments={paragraphs[paragraph] ?? []}
      highlightedEntityId={highlightedEntityId}
      activeMarkId={active?.anchor.id}
      cardId={cardId}
      markHandlers={markHandlers}
    />
  );

  return (
    <div className="relative mt-8">
      <div className="max-w-[65ch] font-serif text-[calc(clamp(1.0625rem,0.98rem+0.35vw,1.25rem)*var(--reader-text-scale,1))] leading-[1.7] text-stone-800 dark:text-stone-200">
        {groups.map(({ kind, paragraphs: indices }) => {
          const first = indices[0] ?? 0;
          if (kind === 'heading') {
            return (
              <h2
                key={first}
                dir="auto"
                className="mt-[1.6em] font-sans text-[1.15em] font-bold leading-snug text-stone-950 first:mt-0 dark:text-stone-50"
              >
                {text(first)}
              </h2>
            );
          }
          if (kind === 'quote') {
            return (
              <blockquote
                key={first}
                className="mt-[1.1em] border-l-4 border-stone-300 pl-4 italic first:mt-0 dark:border-stone-600"
              >
                {indices.map((p) => (
                  <p key={p} dir="auto" className="mt-[0.6em] first:mt-0">
                    {text(p)}
                  </p>
                ))}
              </blockquote>
            );
          }
          if (kind === 'list-item') {
            return (
              <ul key={first} className="mt-[1.1em] list-disc space-y-[0.4em] pl-6 first:mt-0">
                {indices.map((p) => (
                  <li key={p} dir="auto">
                    {text(p)}
                  </li>
                ))}
              </ul>
            );
          }
          return (
            <p key={first} dir="auto" className="mt-[1.1em] first:mt-0">
              {text(first)}
            </p>
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
