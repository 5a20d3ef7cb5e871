import type { ArticleEntity } from '../../news/schema/article';
import { mentionElementId } from '../../ui/mention-ids';

type Emphasis = 'strong' | 'subtle' | 'normal';

const EMPHASIS: Record<Emphasis, string> = {
  normal:
    'bg-amber-100 decoration-amber-600/60 hover:bg-amber-200 dark:bg-amber-300/15 dark:decoration-amber-300/60 dark:hover:bg-amber-300/30',
  strong:
    'bg-amber-300 decoration-amber-800 shadow-[0_0_0_2px_var(--color-amber-500)] dark:bg-amber-400/40 dark:decoration-amber-200 dark:shadow-[0_0_0_2px_var(--color-amber-300)]',
  subtle: 'bg-transparent decoration-stone-400 dark:decoration-stone-500',
};

interface MentionMarkProps extends Partial<React.HTMLAttributes<HTMLElement>> {
  entity: ArticleEntity;
  index: number;
  text: string;
  highlightedEntityId: string | null;
  cardId: string | undefined;
}

/** One mention in the text: a button-like mark whose DOM id the sidebar scrolls to. */
export function MentionMark({ entity, index, text, highlightedEntityId, cardId, ...handlers }: MentionMarkProps) {
  const highlighted = highlightedEntityId === entity.id;
  const emphasis: Emphasis = highlighted ? 'strong' : highlightedEntityId ? 'subtle' : 'normal';
  return (
    <mark
      id={mentionElementId(entity.id, index)}
      data-entity-id={entity.id}
      data-highlighted={highlighted ? 'true' : undefined}
      role="button"
      tabIndex={0}
      aria-label={`${entity.name}, ${entity.type}: show details`}
      aria-haspopup="dialog"
      aria-expanded={cardId !== undefined}
      aria-controls={cardId}
      className={`-mx-0.5 cursor-pointer scroll-mt-24 rounded-sm px-0.5 text-inherit underline decoration-1 underline-offset-[0.2em] transition-[background-color,box-shadow,text-decoration-color] duration-200 box-decoration-clone motion-reduce:transition-none ${EMPHASIS[emphasis]}`}
      {...handlers}
    >
      {text}
    </mark>
  );
}
