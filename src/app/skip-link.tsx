import type { MouseEvent } from 'react';
import { useFrameScroll } from '../ui/reader-frame';

/**
 * Standalone, a plain link to #main. Embedded, following it would write the host page's URL (and
 * could not find #main inside a shadow root anyway), so it moves focus to the reader's own main.
 */
export function SkipLink() {
  const scroll = useFrameScroll();
  const focusMain = (event: MouseEvent<HTMLAnchorElement>) => {
    const root = event.currentTarget.getRootNode();
    const main = root instanceof Document || root instanceof ShadowRoot ? root.getElementById('main') : null;
    if (!main) return;
    event.preventDefault();
    main.focus();
  };
  return (
    <a href="#main" className="skip-link" onClick={scroll === 'frame' ? focusMain : undefined}>
      Skip to content
    </a>
  );
}
