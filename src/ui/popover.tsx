import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEventHandler,
  type ReactNode,
  type RefObject,
} from 'react';

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
const GAP = 8;

export type DismissReason = 'escape' | 'outside';

export interface PopoverProps {
  /** The element it belongs to: it sits under it, or above it when there is no room below. */
  anchor: HTMLElement;
  id: string;
  /** The dialog's accessible name. */
  label: string;
  /** Escape or a press outside both it and the anchor; after Escape, focus goes back to the anchor. */
  onDismiss: (reason: DismissReason) => void;
  onPointerEnter?: PointerEventHandler;
  onPointerLeave?: PointerEventHandler;
  onBlur?: (event: React.FocusEvent<HTMLDivElement>) => void;
  /** The dialog element, for an owner that moves focus into it. */
  ref?: RefObject<HTMLDivElement | null>;
  children: ReactNode;
}

/**
 * A non-modal dialog next to an inline anchor. It is rendered after the anchor's block rather than
 * inside it (a card's markup cannot live in a <p>), so Tab is bridged by hand: from the anchor into
 * the dialog, and from the dialog's last stop on to whatever follows the anchor. Its positioned
 * ancestor must be the block it is rendered in. The content brings its own surface (border, shadow).
 */
export function Popover({ anchor, id, label, onDismiss, ref, children, ...handlers }: PopoverProps) {
  const ownRef = useRef<HTMLDivElement>(null);
  const panelRef = ref ?? ownRef;
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const update = () => setPosition(place(anchor, panel));
    update();
    window.addEventListener('resize', update);
    // The card may grow after it opens (its content can load data).
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(panel);
    return () => {
      window.removeEventListener('resize', update);
      observer?.disconnect();
    };
  }, [anchor, panelRef]);

  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const doc = anchor.ownerDocument;
    const inside = (event: Event) => event.composedPath().some((node) => node === anchor || node === panel);
    const onPointerDown = (event: PointerEvent) => {
      if (!inside(event)) onDismiss('outside');
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const hadFocus = inside(event);
      onDismiss('escape');
      if (hadFocus) anchor.focus();
    };
    const onAnchorKeyDown = (event: KeyboardEvent) => {
      const first = tabbables(panel)[0];
      if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || !first) return;
      event.preventDefault();
      first.focus();
    };
    doc.addEventListener('pointerdown', onPointerDown, true);
    doc.addEventListener('keydown', onKeyDown);
    anchor.addEventListener('keydown', onAnchorKeyDown);
    return () => {
      doc.removeEventListener('pointerdown', onPointerDown, true);
      doc.removeEventListener('keydown', onKeyDown);
      anchor.removeEventListener('keydown', onAnchorKeyDown);
    };
  }, [anchor, panelRef, onDismiss]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const panel = event.currentTarget;
    if (event.key !== 'Tab') return;
    const stops = tabbables(panel);
    const atStart = event.target === panel || event.target === stops[0];
    const atEnd = stops.length === 0 || event.target === stops.at(-1);
    const target = event.shiftKey ? (atStart ? anchor : undefined) : atEnd ? nextAfter(anchor, panel) : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  return (
    <div
      ref={panelRef}
      id={id}
      role="dialog"
      aria-label={label}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      {...handlers}
      style={position ?? { left: 0, top: 0, visibility: 'hidden' }}
      className="absolute z-30 w-max max-w-[calc(100vw-1rem)] rounded-lg"
    >
      {children}
    </div>
  );
}

function tabbables(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(TABBABLE)).filter((el) => !el.closest('[hidden], [inert]'));
}

function nextAfter(anchor: HTMLElement, panel: HTMLElement): HTMLElement | undefined {
  const order = tabbables(anchor.getRootNode() as ParentNode).filter((el) => !panel.contains(el));
  return order[order.indexOf(anchor) + 1];
}

/** Viewport coordinates turned into the panel's offset-parent coordinates, kept inside the viewport. */
function place(anchor: HTMLElement, panel: HTMLElement): { left: number; top: number } {
  const origin = (panel.offsetParent ?? anchor.ownerDocument.documentElement).getBoundingClientRect();
  const box = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
  const viewportWidth = anchor.ownerDocument.documentElement.clientWidth;
  const left = Math.max(GAP, Math.min(box.left, viewportWidth - GAP - panel.offsetWidth));
  const below = anchor.getBoundingClientRect().bottom + GAP;
  const fitsBelow = below + panel.offsetHeight + GAP <= window.innerHeight;
  const fitsAbove = box.top - GAP - panel.offsetHeight >= GAP;
  const top = fitsBelow || !fitsAbove ? below : box.top - GAP - panel.offsetHeight;
  return { left: left - origin.left, top: top - origin.top };
}
