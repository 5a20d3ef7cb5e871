import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ArticlePage } from '../../news/source';
import { FollowButton } from '../../reading/follow-button';
import { useReading } from '../../reading/reading-context';
import type { FollowedEntity, ReadingState } from '../../reading/schema';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';

const readIds = (state: ReadingState) => state.read;
const control = 'btn min-h-9 px-3 text-sm';

interface FollowedEntryProps {
  entity: FollowedEntity;
  list: UseQueryResult<ArticlePage> | undefined;
}

/** A followed entity: its page, its stories in the feed, how many are unread, and Unfollow. */
export function FollowedEntry({ entity, list }: FollowedEntryProps) {
  const read = useReading(readIds);
  const page = list?.data;
  const unread = page?.items.filter((story) => !read.includes(story.id)).length ?? 0;
  // Only the newest page is counted; past it, the count is a lower bound.
  const more = page && page.total > page.items.length ? '+' : '';

  return (
    <li data-follow-scope="" className="flex flex-wrap items-center gap-x-4 gap-y-2 py-4">
      <div className="min-w-0 flex-1">
        <h2 className="text-lg leading-snug font-semibold">
          <Link to="/entities/$id" params={{ id: entity.id }} dir="auto" className="hover:underline">
            {entity.name}
          </Link>
        </h2>
        {page ? (
          <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
            <span className={unread > 0 ? 'font-bold text-stone-900 dark:text-stone-100' : ''}>
              {unread > 0 ? `${unread}${more} unread` : 'All read'}
            </span>
            <span aria-hidden="true"> · </span>
            {page.total === 1 ? '1 story' : `${page.total} stories`}
          </p>
        ) : list?.isError ? (
          <p className="mt-1 text-sm text-red-800 dark:text-red-300">
            Its stories could not be counted: {list.error.message}
          </p>
        ) : (
          <LoadingRegion label={`Counting stories about ${entity.name}`}>
            <Skeleton className="mt-2 h-4 w-40" />
          </LoadingRegion>
        )}
      </div>
      <Link to="/" search={{ entity: [entity.id] }} className={control}>
        Stories<span className="sr-only"> about {entity.name}</span>
      </Link>
      <FollowButton entity={entity} className={control} />
    </li>
  );
}
