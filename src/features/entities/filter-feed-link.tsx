import { Link } from '@tanstack/react-router';
import { toggleEntity, type FeedSearch } from '../../news/feed-search';
import { smallControl } from './styles';

interface FilterFeedLinkProps {
  search: FeedSearch;
  entityId: string;
  name: string;
  className?: string;
}

/**
 * Adds the entity to the feed's filters, or takes it out when the reader already filters by it:
 * the text says which, so the link never silently does the opposite of what it reads.
 */
export function FilterFeedLink({ search, entityId, name, className = smallControl }: FilterFeedLinkProps) {
  const active = search.entity?.includes(entityId) ?? false;
  return (
    <Link to="/" search={toggleEntity(search, entityId)} className={className}>
      {active ? 'Stop filtering the feed by this' : 'Filter the feed by this'}{' '}
      <span className="sr-only" dir="auto">
        ({name})
      </span>
    </Link>
  );
}
