import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { SearchBox } from '../features/feed/search-box';
import { useFrameRef, useFrameScroll } from '../ui/reader-frame';
import { OfflineNotice } from './pwa/offline-notice';
import { UpdatePrompt } from './pwa/update-prompt';
import { SkipLink } from './skip-link';
import { useTheme } from './theme';
import { useForcedDark } from './theme-override';
import { ThemeToggle } from './theme-toggle';
import { useFrameScrollReset } from './use-frame-scroll-reset';

export function AppShell({ children }: { children: ReactNode }) {
  const { choice, dark: chosenDark, setChoice } = useTheme();
  const forcedDark = useForcedDark();
  const dark = forcedDark ?? chosenDark;
  const frameRef = useFrameRef();
  // Embedded, the reader's box scrolls itself: the host page never moves.
  const ownScroll = useFrameScroll() === 'frame';
  useFrameScrollReset();
  return (
    <div
      ref={frameRef}
      data-scroll-frame={ownScroll || undefined}
      className={`${dark ? 'dark' : ''} ${ownScroll ? 'h-full overflow-y-auto overscroll-contain' : 'min-h-full'} @container bg-stone-50 text-stone-900 [color-scheme:light] dark:bg-stone-950 dark:text-stone-100 dark:[color-scheme:dark]`}
    >
      <SkipLink />
      <header className="sticky top-0 z-20 border-b border-stone-200 bg-white/95 backdrop-blur dark:border-stone-800 dark:bg-stone-900/95">
        <div className="mx-auto flex max-w-[96rem] items-center gap-3 px-4 py-2">
          <Link
            to="/"
            className="flex min-h-11 items-center text-xl font-black tracking-tight"
            aria-label="Lede, latest stories"
          >
            Lede
          </Link>
          <div className="min-w-0 flex-1">
            <SearchBox />
          </div>
          {forcedDark === null && <ThemeToggle choice={choice} onChange={setChoice} />}
        </div>
      </header>
      <OfflineNotice />
      <UpdatePrompt />
      <main id="main" tabIndex={-1} className="outline-none">
        {children}
      </main>
    </div>
  );
}
