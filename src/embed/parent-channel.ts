import * as v from 'valibot';
import { NavigateTargetSchema, type NavigateTarget } from './navigate-target';

/** The one origin the iframe page talks to: `?parent=https://portal.example`. Anything else: none. */
export function parentOrigin(param: string | null): string | null {
  if (!param) return null;
  try {
    const url = new URL(param);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

const ParentMessageSchema = v.object({ type: v.literal('lede:navigate'), to: NavigateTargetSchema });

interface ParentChannelOptions {
  origin: string | null;
  /** The window the messages go to and come from: window.parent. */
  parent: Window;
  self: Window;
  /** The element whose height is the page's content height. */
  content: Element;
  onNavigate: (target: NavigateTarget) => void;
}

/**
 * Height out, navigation in, both with the configured origin only: heights are posted with it as
 * the target origin (never '*'), so another page framing this one learns nothing; messages from
 * any other origin are ignored. No origin configured: no messages either way. Returns the cleanup.
 */
export function connectParent({ origin, parent, self, content, onNavigate }: ParentChannelOptions): () => void {
  if (origin === null || parent === self) return () => undefined;
  let last = -1;
  const post = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: 'lede:height', height }, origin);
  };
  const observer = new ResizeObserver(post);
  observer.observe(content);
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== origin || event.source !== parent) return;
    const message = v.safeParse(ParentMessageSchema, event.data);
    if (message.success) onNavigate(message.output.to);
  };
  self.addEventListener('message', onMessage);
  return () => {
    observer.disconnect();
    self.removeEventListener('message', onMessage);
  };
}
