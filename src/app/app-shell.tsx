import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { SearchBox } from '../features/feed/search-box';
import { useFrameRef } from '../ui/reader-frame';
import { ReaderShortcuts } from './reader-shortcuts';
import { ReadingNav } from './reading-nav';
import { ReadingNotice } from './reading-notice';
import { ShortcutHelp } from './shortcut-help';
import { useAppearance, useTheme } from './theme';
import { ThemeToggle } from './theme-toggle';

export function AppShell({ children }: { children: ReactNode }) {
  const { choice, setChoice } = useTheme();
  const appearance = useAppearance();
  const frameRef = useFrameRef();
  return (
    <div
      ref={frameRef}
      data-reader-root=""
      data-density={appearance['data-density']}
      style={appearance.style}
      className={`${appearance.className} @container min-h-full bg-stone-50 text-stone-900 [color-scheme:light] dark:bg-stone-950 dark:text-stone-100 dark:[color-scheme:dark]`}
    >
      <a href="#main" className="skip-link">
        Skip to content
      </a>
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
            <SearchBox />
          </div>
          <ReadingNav />
          <ShortcutHelp />
          <ThemeToggle choice={choice} onChange={setChoice} />
        </div>
        <ReadingNotice />
      </header>
      <main id="main" tabIndex={-1} className="outline-none">
        {children}
      </main>
      <ReaderShortcuts />
    </div>
  );
}
