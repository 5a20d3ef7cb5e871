import { getRouteApi } from '@tanstack/react-router';
import { FeedEntities } from '../features/entities/feed-entities';
import { FeedList } from '../features/feed/feed-list';
import { RegionBoundary } from '../ui/region-boundary';
import { useHydrated } from '../ui/use-hydrated';
import { useFrameAtLeast, useFrameLayout } from '../ui/reader-frame';
import { EntityListSkeleton, FeedSkeleton } from './skeletons';

const route = getRouteApi('/');

/**
 * The feed: stories in the main column, the people and places in them beside it. On narrower
 * screens they come first, folded: below an endless list they could never be reached.
 */
export function FeedRoute() {
  const search = route.useSearch();
  // Compact keeps them folded above the stories however wide the frame: no side pane in a tile.
  const compact = useFrameLayout() === 'compact';
  const atLeastWide = useFrameAtLeast(1024);
  // HTML rendered at build time does not know the screen: it carries both places, and the
  // frame's container query shows the right one, so nothing moves when the reader hydrates.
  const known = useHydrated();
  const wide = atLeastWide && !compact;
  const folded = !known ? '@5xl:hidden' : wide ? null : '';
  const beside = !known ? 'hidden @5xl:block' : wide ? '' : null;
  const entities = (
    <RegionBoundary what="The people and places" fallback={<EntityListSkeleton />}>
      <FeedEntities search={search} />
    </RegionBoundary>
  );
  return (
    <div
      className={`mx-auto grid max-w-6xl gap-6 px-4 py-6 ${beside !== null ? '@5xl:grid-cols-[minmax(0,1fr)_18rem] @5xl:gap-8' : ''}`}
    >
      {folded !== null && (
        <aside aria-label="People and places in these stories" className={folded}>
          <details className="group rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
            <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-3 font-semibold [&::-webkit-details-marker]:hidden">
              <span
                aria-hidden="true"
                className="transition-transform group-open:rotate-90 motion-reduce:transition-none"
              >
                ▸
              </span>
              People and places in these stories
            </summary>
            <div className="border-t border-stone-200 p-3 dark:border-stone-800">{entities}</div>
          </details>
        </aside>
      )}
      <RegionBoundary what="The stories" fallback={<FeedSkeleton />}>
        <FeedList search={search} variant="page" />
      </RegionBoundary>
      {beside !== null && (
        <aside aria-label="People and places in these stories" className={`sticky top-20 self-start ${beside}`}>
          {entities}
        </aside>
      )}
    </div>
  );
}
