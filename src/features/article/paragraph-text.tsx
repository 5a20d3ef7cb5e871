import type { ArticleEntity } from '../../news/schema/article';
import { isHttpUrl } from '../../news/schema/primitives';
import { mentionElementId } from '../../ui/mention-ids';
import { MentionMark } from './mention-mark';
import type { MentionSegment, Segment } from './mention-segments';

type MarkHandlers = Partial<React.HTMLAttributes<HTMLElement>>;

interface ParagraphTextProps {
  segments: Segment[];
  highlightedEntityId: string | null;
  activeMarkId: string | undefined;
  cardId: string;
  markHandlers: (entity: ArticleEntity) => MarkHandlers;
}

/** One paragraph's text: plain strings, mention marks, and links that open the original in a new tab. */
export function ParagraphText({
  segments,
  highlightedEntityId,
  activeMarkId,
  cardId,
  markHandlers,
}: ParagraphTextProps) {
  const mark = (segment: MentionSegment, inLink: boolean) => {
    const handlers = markHandlers(segment.entity);
    // Inside a link, a click on the name opens its card; the rest of the link still navigates.
    const onClick: MarkHandlers['onClick'] = inLink
      ? (event) => {
          event.preventDefault();
          handlers.onClick?.(event);
        }
      : handlers.onClick;
    return (
      <MentionMark
        key={`${segment.entity.id}-${segment.index}`}
        entity={segment.entity}
        index={segment.index}
        text={segment.text}
        highlightedEntityId={highlightedEntityId}
        cardId={activeMarkId === mentionElementId(segment.entity.id, segment.index) ? cardId : undefined}
        {...handlers}
        onClick={onClick}
      />
    );
  };
  return segments.map((segment, position) => {
    if (typeof segment === 'string') return segment;
    if ('entity' in segment) return mark(segment, false);
    const children = segment.children.map((child) => (typeof child === 'string' ? child : mark(child, true)));
    // The segments already passed the http(s) allow-list; checking at the last step costs nothing.
    if (!isHttpUrl(segment.href)) return <span key={`text-${position}`}>{children}</span>;
    return (
      <a
        key={`link-${position}`}
        href={segment.href}
        rel="noopener noreferrer"
        target="_blank"
        className="text-sky-800 underline decoration-sky-800/40 underline-offset-[0.2em] hover:decoration-sky-800 dark:text-sky-300 dark:decoration-sky-300/40"
      >
        {children}
      </a>
    );
  });
}
