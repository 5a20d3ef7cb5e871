import { Link } from '@tanstack/react-router';
import type { FeedSearch } from '../../news/feed-search';
import { ActiveFilter } from './active-filter';
import { smallControl } from './styles';

/** "Filtering by": the entity filters in the URL, each removable, so the reader always sees why the feed is narrow. */
export function ActiveFilters({ search }: { search: FeedSearch }) {
  const ids = search.entity ?? [];
  if (ids.length === 0) return null;
  return (
    <div className="mb-4">
      <p id="feed-entities-filtering" className="text-sm font-semibold">
        Filtering by
      </p>
      <ul aria-labelledby="feed-entities-filtering" className="mt-1 flex flex-wrap gap-2">
        {ids.map((id) => (
          <ActiveFilter key={id} id={id} search={search} />
        ))}
      </ul>
      {ids.length > 1 && (
        <Link to="/" search={{ ...search, entity: undefined }} className={`-ml-2 ${smallControl}`}>
          Clear all filters
        </Link>
      )}
    </div>
  );
}
