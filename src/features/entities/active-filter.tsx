import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { toggleEntity, type FeedSearch } from '../../news/feed-search';
import { newsQueries } from '../../news/queries';
import { useNewsSource } from '../../news/source-context';
import { EntityTypeBadge } from './entity-type-badge';

/**
 * One entity the feed is filtered by, with a way to drop it. The name comes from the entity record;
 * until it arrives, or if the id is unknown, the id from the URL stands in so removing still works.
 */
export function ActiveFilter({ id, search }: { id: string; search: FeedSearch }) {
  const source = useNewsSource();
  const { data: entity } = useQuery(newsQueries.entity(source, id));
  const name = entity?.name ?? id;
  return (
    <li>
      <Link
        to="/"
        search={toggleEntity(search, id)}
        className="inline-flex min-h-11 max-w-full items-center gap-2 rounded-full border border-sky-700 bg-sky-50 py-1 pr-2 pl-3 text-sm font-medium text-sky-900 hover:bg-sky-100 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100 dark:hover:bg-sky-900"
      >
        {entity && <EntityTypeBadge type={entity.type} label="none" />}
        <span className="sr-only">Stop filtering by</span>{' '}
        <span dir="auto" className="min-w-0 break-words">
          {name}
        </span>
        <span aria-hidden="true" className="text-base leading-none">
          ×
        </span>
      </Link>
    </li>
  );
}
