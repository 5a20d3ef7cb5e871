import type { ReactNode } from 'react';
import type { RepairedItem } from '../../news/validate';
import { ActiveFilters } from './active-filters';
import { repairedSentence } from '../../news/repair/repair-words';
import { droppedNote, storyCount, type ActiveFilter } from './feed-filters';

interface FeedHeaderProps {
  headingId: string;
  title: string;
  /** The feed page's title is the page's h1; beside a story, the story's headline is. */
  level: 1 | 2;
  total: number;
  dropped: number;
  /** Stories shown after some of their fields were repaired or left out, with what was changed. */
  repaired: readonly RepairedItem[];
  filters: readonly ActiveFilter[];
  /**
   * Infinite scroll never lets Tab reach what follows the list; this lets keyboard readers jump
   * to its end (and on to the sidebar or the story). Absent when there is no list to skip.
   */
  onSkipList?: () => void;
  /** Actions on the whole list (mark all read, narrow to who you follow). */
  children?: ReactNode;
}

export function FeedHeader({
  headingId,
  title,
  level,
  total,
  dropped,
  repaired,
  filters,
  onSkipList,
  children,
}: FeedHeaderProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <header className={level === 1 ? 'pb-2' : 'px-3 pb-2'}>
      <Heading
        id={headingId}
        className={level === 1 ? 'text-2xl font-bold tracking-tight' : 'text-base font-bold'}
        dir="auto"
      >
        {title}
      </Heading>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400" aria-live="polite" aria-atomic="true">
        {storyCount(total)}
      </p>
      {dropped > 0 && (
        <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {droppedNote(dropped)}
        </p>
      )}
      {repaired.length > 0 && (
        <p className="mt-2 rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-800 dark:bg-stone-900 dark:text-stone-200">
          {repairedSentence(repaired, 'story', 'stories')}
        </p>
      )}
      <ActiveFilters filters={filters} />
      {children}
      {onSkipList && (
        <button
          type="button"
          onClick={onSkipList}
          className="sr-only focus-visible:not-sr-only focus-visible:mt-2 focus-visible:inline-flex focus-visible:min-h-11 focus-visible:items-center focus-visible:rounded-md focus-visible:bg-white focus-visible:px-3 focus-visible:text-sm focus-visible:font-medium dark:focus-visible:bg-stone-900"
        >
          Skip past the stories
        </button>
      )}
    </header>
  );
}
