import type { ReactNode } from 'react';

/** The h1 of a library page and a line under it saying what the page holds. */
export function PageHeader({ title, headingId, children }: { title: string; headingId: string; children?: ReactNode }) {
  return (
    <header className="border-b border-stone-200 pb-4 dark:border-stone-800">
      <h1 id={headingId} className="text-2xl font-bold tracking-tight">
        {title}
      </h1>
      {children && <div className="mt-1 text-stone-700 dark:text-stone-300">{children}</div>}
    </header>
  );
}
