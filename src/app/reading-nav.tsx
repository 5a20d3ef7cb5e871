import { Link } from '@tanstack/react-router';
import { useReading } from '../reading/reading-context';
import type { ReadingState } from '../reading/schema';

const linkClass =
  'inline-flex min-h-11 items-center rounded-md px-2 text-sm font-medium text-stone-700 hover:bg-stone-100 hover:text-stone-900 aria-[current=page]:font-bold aria-[current=page]:text-stone-950 aria-[current=page]:underline aria-[current=page]:underline-offset-4 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-stone-100 dark:aria-[current=page]:text-stone-50';

const savedCount = (state: ReadingState) => state.saved.length;

/** The reader's own places; on a phone they take a row of their own under the search. */
export function ReadingNav() {
  const saved = useReading(savedCount);
  return (
    <nav aria-label="Your reading" className="order-last -mx-2 flex w-full gap-1 @4xl:order-none @4xl:mx-0 @4xl:w-auto">
      <Link to="/saved" className={linkClass}>
        Saved{saved > 0 && <span className="ml-1 text-stone-600 dark:text-stone-400">({saved})</span>}
      </Link>
      <Link to="/following" className={linkClass}>
        Following
      </Link>
      <Link to="/sources" className={linkClass}>
        Sources
      </Link>
      <Link to="/settings" className={linkClass}>
        Settings
      </Link>
    </nav>
  );
}
