import { Link } from '@tanstack/react-router';
import type { ActiveFilter } from './feed-filters';

/** Says why nothing matched and offers each way to widen the feed, one filter at a time or all. */
export function EmptyFeed({ message, filters }: { message: string; filters: readonly ActiveFilter[] }) {
  return (
    <div className="py-8">
      <p className="text-lg font-medium" dir="auto">
        {message}
      </p>
      {filters.length > 0 && (
        <>
          <p className="mt-2 text-stone-700 dark:text-stone-300">Try a wider feed:</p>
          <ul className="mt-3 flex flex-wrap gap-2">
            {filters.map((filter) => (
              <li key={filter.key}>
                <Link to="." search={filter.without} className="btn">
                  {widenLabel(filter)}
                </Link>
              </li>
            ))}
            {filters.length > 1 && (
              <li>
                <Link to="." search={{}} className="btn">
                  Show all stories
                </Link>
              </li>
            )}
          </ul>
        </>
      )}
    </div>
  );
}

function widenLabel(filter: ActiveFilter): string {
  if (filter.kind === 'Search') return `Clear the search ${filter.label}`;
  return filter.kind ? `Remove ${filter.kind.toLowerCase()} ${filter.label}` : `Remove ${filter.label}`;
}
