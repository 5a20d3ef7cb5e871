import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleEntity } from '../../news/schema/article';
import type { DismissReason } from '../../ui/popover';

export interface ActiveMention {
  entity: ArticleEntity;
  anchor: HTMLElement;
  /** Set when the mark was activated by keyboard or assistive technology: the card takes focus. */
  focusCard: boolean;
}

/** Long enough to cross the gap between a mark and its card without the card vanishing. */
const HOVER_GRACE_MS = 250;

/**
 * Which mention's card is open. Hover, focus and tap open it; it stays while the pointer or focus
 * is on the mark or the card, and closes on Escape or a press elsewhere. Every change is reported
 * through onHighlight, so the sidebar lights up the same entity. `entityOf` names the entity a
 * mark element stands for.
 */
export function useMentionCard(
  onHighlight: (entityId: string | null) => void,
  entityOf: (mark: HTMLElement) => ArticleEntity | undefined,
) {
  const [active, setActive] = useState<ActiveMention | null>(null);
  const activeRef = useRef<ActiveMention | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const hovering = useRef(false);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // After Escape, focus returns to the mark; that focus must not reopen the card.
  const dismissedAnchor = useRef<HTMLElement | null>(null);

  const cancelClose = () => clearTimeout(closeTimer.current);

  const open = (entity: ArticleEntity, anchor: HTMLElement, focusCard = false) => {
    cancelClose();
    const next = { entity, anchor, focusCard };
    activeRef.current = next;
    setActive(next);
    onHighlight(entity.id);
  };

  const close = useCallback(() => {
    clearTimeout(closeTimer.current);
    if (!activeRef.current) return;
    activeRef.current = null;
    setActive(null);
    onHighlight(null);
  }, [onHighlight]);

  const focusIsWithin = () => {
    const current = activeRef.current;
    const focused = (current?.anchor.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
    return !!current && !!focused && (focused === current.anchor || !!cardRef.current?.contains(focused));
  };

  const leave = () => {
    hovering.current = false;
    cancelClose();
    closeTimer.current = setTimeout(() => {
      if (!hovering.current && !focusIsWithin()) close();
    }, HOVER_GRACE_MS);
  };

  const blur = (event: React.FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    const current = activeRef.current;
    if (current && (to === current.anchor || cardRef.current?.contains(to))) return;
    if (!hovering.current) close();
  };

  const dismiss = useCallback(
    (reason: DismissReason) => {
      if (reason === 'escape') dismissedAnchor.current = activeRef.current?.anchor ?? null;
      close();
    },
    [close],
  );

  useEffect(() => {
    if (active?.focusCard) cardRef.current?.focus();
  }, [active]);

  useEffect(() => () => clearTimeout(closeTimer.current), []);

  // One set of handlers on the text, not six per mark: a story can have ten thousand marks, and
  // handlers per mark made every mark re-render whenever any card opened.
  const markOf = (target: EventTarget | null) => {
    const mark = target instanceof Element ? target.closest<HTMLElement>('mark[data-entity-id]') : null;
    const entity = mark ? entityOf(mark) : undefined;
    return mark && entity ? { mark, entity } : null;
  };

  const textHandlers = {
    // Opened on movement, not on pointerover: when a card closes under a pointer that stands still,
    // the browser reports the mark it uncovers as pointed at, and that card would reopen unbidden.
    onPointerMove: (event: React.PointerEvent<HTMLElement>) => {
      const hit = markOf(event.target);
      if (!hit || event.pointerType === 'touch') return;
      if (hovering.current && activeRef.current?.anchor === hit.mark) return;
      hovering.current = true;
      open(hit.entity, hit.mark);
    },
    onPointerOut: (event: React.PointerEvent<HTMLElement>) => {
      const hit = markOf(event.target);
      if (!hit || event.pointerType === 'touch' || hit.mark.contains(event.relatedTarget as Node | null)) return;
      leave();
    },
    onFocus: (event: React.FocusEvent<HTMLElement>) => {
      const hit = markOf(event.target);
      if (hit && dismissedAnchor.current !== hit.mark) open(hit.entity, hit.mark);
    },
    onBlur: (event: React.FocusEvent<HTMLElement>) => {
      const hit = markOf(event.target);
      if (!hit) return;
      if (dismissedAnchor.current === hit.mark) dismissedAnchor.current = null;
      blur(event);
    },
    // detail is 0 for a click that came from a keyboard or a screen reader rather than a pointer.
    onClick: (event: React.MouseEvent<HTMLElement>) => {
      const hit = markOf(event.target);
      if (!hit) return;
      // A name inside a link opens its card; the rest of the link still navigates.
      if (hit.mark.closest('a')) event.preventDefault();
      open(hit.entity, hit.mark, event.detail === 0);
    },
    onKeyDown: (event: React.KeyboardEvent<HTMLElement>) => {
      const hit = markOf(event.target);
      if (!hit || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      open(hit.entity, hit.mark, true);
    },
  };

  const cardHandlers = {
    ref: cardRef,
    onDismiss: dismiss,
    onPointerEnter: () => {
      hovering.current = true;
      cancelClose();
    },
    onPointerLeave: leave,
    onBlur: blur,
  };

  return { active, textHandlers, cardHandlers };
}
