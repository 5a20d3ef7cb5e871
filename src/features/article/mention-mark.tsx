import type { ArticleEntity } from '../../news/schema/article';
import { mentionElementId } from '../../ui/mention-ids';

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

/**
 * One mention in the text: a button-like mark whose DOM id the sidebar scrolls to. Its events are
 * handled by the text, and its look is one class (styles.css), since a story may have thousands.
 */
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
      className="mention-mark"
    >
      {text}
    </mark>
  );
}
