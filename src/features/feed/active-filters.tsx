import { useNavigate } from '@tanstack/react-router';
import type { FeedSearch } from '../../news/feed-search';
import { chipClass } from './chip-class';
import type { ActiveFilter } from './feed-filters';

/**
 * The filters in the URL, each removable on its own, and all at once. Removing one is an action on
 * the current page (the feed, or a story with the list beside it), so these are buttons.
 */
export function ActiveFilters({ filters }: { filters: readonly ActiveFilter[] }) {
  const navigate = useNavigate();
  if (filters.length === 0) return null;
  const show = (search: FeedSearch) => void navigate({ to: '.', search });
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <ul aria-label="Active filters" className="flex flex-wrap gap-2">
        {filters.map((filter) => (
          <li key={filter.key}>
            <button
              type="button"
              onClick={() => show(filter.without)}
              className={chipClass(true)}
              aria-label={`Remove filter: ${filter.kind ? `${filter.kind}: ` : ''}${filter.label}`}
            >
              {filter.kind && <span className="font-normal">{filter.kind}:</span>}
              <span dir="auto">{filter.label}</span>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => show({})}
        className="inline-flex min-h-8 items-center rounded px-2 text-sm font-medium text-sky-800 underline hover:no-underline dark:text-sky-300"
      >
        Clear all
      </button>
    </div>
  );
}
