import { getRouteApi } from '@tanstack/react-router';
import { FeedEntities } from '../features/entities/feed-entities';
import { FeedList } from '../features/feed/feed-list';
import { RegionBoundary } from '../ui/region-boundary';
import { EntityListSkeleton, FeedSkeleton } from './skeletons';

const route = getRouteApi('/');

/** The feed: stories in the main column, the people and places in them beside it. */
export function FeedRoute() {
  const search = route.useSearch();
  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 py-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <RegionBoundary what="The stories" fallback={<FeedSkeleton />}>
        <FeedList search={search} variant="page" />
      </RegionBoundary>
      <aside aria-label="People and places in these stories" className="lg:sticky lg:top-20 lg:self-start">
        <RegionBoundary what="The people and places" fallback={<EntityListSkeleton />}>
          <FeedEntities search={search} />
        </RegionBoundary>
      </aside>
    </div>
  );
}
