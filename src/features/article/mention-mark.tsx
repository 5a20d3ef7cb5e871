import type { ArticleEntity } from '../../news/schema/article';
import { mentionElementId } from '../../ui/mention-ids';

// Emphasis is styled from attributes, not props: the text sets data-highlighting while any entity
// is highlighted and the highlighted entity's marks carry data-highlighted (see ArticleBody), so
// lighting an entity up re-renders no mark.
const EMPHASIS = [
  'bg-amber-100 decoration-amber-600/60 hover:bg-amber-200 dark:bg-amber-300/15 dark:decoration-amber-300/60 dark:hover:bg-amber-300/30',
  'in-data-highlighting:bg-transparent in-data-highlighting:decoration-stone-400 dark:in-data-highlighting:bg-transparent dark:in-data-highlighting:decoration-stone-500',
  'data-highlighted:bg-amber-300 data-highlighted:decoration-amber-800 data-highlighted:shadow-[0_0_0_2px_var(--color-amber-500)] dark:data-highlighted:bg-amber-400/40 dark:data-highlighted:decoration-amber-200 dark:data-highlighted:shadow-[0_0_0_2px_var(--color-amber-300)]',
].join(' ');

interface MentionMarkProps {
  entity: ArticleEntity;
  index: number;
  text: string;
  cardId: string | undefined;
}

/**
 * The accessible name starts with the words on screen (WCAG 2.5.3, Label in Name), so a voice
 * user saying what they see reaches the mark; the entity's full name follows when it differs.
 */
export function mentionLabel(entity: Pick<ArticleEntity, 'name' | 'type'>, text: string): string {
  const visible = text.trim();
  const who = visible === entity.name ? visible : `${visible} (${entity.name})`;
  return `${who}, ${entity.type}: show details`;
}

/** One mention in the text: a button-like mark whose DOM id the sidebar scrolls to. Its events are handled by the text. */
export function MentionMark({ entity, index, text, cardId }: MentionMarkProps) {
  return (
    <mark
      id={mentionElementId(entity.id, index)}
      data-entity-id={entity.id}
      data-index={index}
      role="button"
      tabIndex={0}
      aria-label={mentionLabel(entity, text)}
      aria-haspopup="dialog"
      aria-expanded={cardId !== undefined}
      aria-controls={cardId}
      className={`-mx-0.5 cursor-pointer scroll-mt-24 rounded-sm px-0.5 text-inherit underline decoration-1 underline-offset-[0.2em] transition-[background-color,box-shadow,text-decoration-color] duration-200 box-decoration-clone motion-reduce:transition-none ${EMPHASIS}`}
    >
      {text}
    </mark>
  );
}
