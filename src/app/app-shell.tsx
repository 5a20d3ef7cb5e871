import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { SearchBox } from '../features/feed/search-box';
import { useFrameRef } from '../ui/reader-frame';
import { OfflineNotice } from './pwa/offline-notice';
import { UpdatePrompt } from './pwa/update-prompt';
import { useTheme } from './theme';
import { ThemeToggle } from './theme-toggle';

export function AppShell({ children }: { children: ReactNode }) {
  const { choice, dark, setChoice } = useTheme();
  const frameRef = useFrameRef();
  return (
    <div
      ref={frameRef}
      className={`${dark ? 'dark' : ''} @container min-h-full bg-stone-50 text-stone-900 [color-scheme:light] dark:bg-stone-950 dark:text-stone-100 dark:[color-scheme:dark]`}
    >
      <a href="#main" className="skip-link">
        Skip to content
      </a>
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
          <ThemeToggle choice={choice} onChange={setChoice} />
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
