import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useFrameLayout, useFrameRef, useFrameScroll } from '../ui/reader-frame';
import { OfflineChromeSlot } from './pwa/offline-chrome-slot';
import { useReaderActions } from './reader-actions';
import { ReadingNav } from './reading-nav';
import { ReadingNotice } from './reading-notice';
import { ShortcutHelp } from './shortcut-help';
import { SkipLink } from './skip-link';
import { useAppearance, useTheme } from './theme';
import { useThemeOverride } from './theme-override';
import { ThemeToggle } from './theme-toggle';
import { useFrameScrollReset } from './use-frame-scroll-reset';

export function AppShell({ children }: { children: ReactNode }) {
  const { choice, setChoice } = useTheme();
  const appearance = useAppearance();
  const themeSetByOwner = useThemeOverride() !== undefined;
  // A compact tile has room for the feed and the story only; its owner's page is the navigation.
  const compact = useFrameLayout() === 'compact';
  const frameRef = useFrameRef();
  // Embedded, the reader's box scrolls itself: the host page never moves.
  const ownScroll = useFrameScroll() === 'frame';
  useFrameScrollReset();
  const actions = useReaderActions();
  return (
    <div
      ref={frameRef}
      // Prerendered, the page's inline script has already put the device's appearance here
      // (src/app/device-appearance.ts); the render after hydration sets the same values.
      suppressHydrationWarning
      data-reader-root=""
      data-scroll-frame={ownScroll || undefined}
      data-density={appearance['data-density']}
      style={appearance.style}
      className={`${appearance.className} ${ownScroll ? 'h-full overflow-y-auto overscroll-contain' : 'min-h-full'} @container bg-stone-50 text-stone-900 [color-scheme:light] dark:bg-stone-950 dark:text-stone-100 dark:[color-scheme:dark]`}
    >
      <SkipLink />
      <header className="sticky top-0 z-20 border-b border-stone-200 bg-white/95 backdrop-blur dark:border-stone-800 dark:bg-stone-900/95">
        <div className="mx-auto flex max-w-[96rem] flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2">
          <Link
            to="/"
            className="flex min-h-11 items-center text-xl font-black tracking-tight"
            aria-label="Lede, latest stories"
          >
            Lede
          </Link>
          <div className="min-w-0 flex-1">
            {/* The search's place is kept until it is in, so nothing moves. */}
            {actions?.search ?? <div className="min-h-11" />}
          </div>
          {!compact && <ReadingNav />}
          <ShortcutHelp />
          {!themeSetByOwner && <ThemeToggle choice={choice} onChange={setChoice} />}
        </div>
        <ReadingNotice />
      </header>
      <OfflineChromeSlot />
      <main id="main" tabIndex={-1} className="outline-none">
        {children}
      </main>
      {actions?.shortcuts}
    </div>
  );
}
