import type { Ref } from 'react';
import { ErrorPanel } from '../../ui/error-panel';
import { Skeleton } from '../../ui/skeleton';
import { StalledNote } from './stalled-note';
import type { StoryFeed } from './use-story-feed';

interface FeedEndProps {
  feed: StoryFeed;
  onLoadMore: () => void;
  /** Focus lands here from "Skip past the stories". */
  ref?: Ref<HTMLDivElement>;
}

/**
 * The bottom of the list: progress, a failed page with Retry, the "Load more" fallback for anyone
 * who does not scroll (keyboard, switch access, a list too short to scroll), or the end.
 * The button stays put while loading so keyboard focus is not lost.
 */
export function FeedEnd({ feed, onLoadMore, ref }: FeedEndProps) {
  const { items, hasNextPage, isFetchingNextPage, nextPageError, stalled } = feed;
  if (items.length === 0) return null;
  if (stalled && !nextPageError) return <StalledNote feed={feed} />;
  return (
    <div ref={ref} tabIndex={-1} className="py-4">
      <div role="status" className="text-sm text-stone-600 dark:text-stone-400">
        {isFetchingNextPage && (
          <>
            <Skeleton className="h-5 w-3/4" />
            <Skeleton className="mt-2 mb-3 h-4 w-full" />
            Loading more stories…
          </>
        )}
        {!hasNextPage && <p className="py-4 text-center">You’re all caught up.</p>}
      </div>
      {nextPageError ? (
        <ErrorPanel title="More stories could not be loaded" error={nextPageError} onRetry={feed.fetchNextPage} />
      ) : (
        hasNextPage && (
          <button
            type="button"
            className="btn mt-3 w-full aria-disabled:cursor-wait aria-disabled:opacity-60"
            aria-disabled={isFetchingNextPage}
            onClick={() => {
              if (!isFetchingNextPage) onLoadMore();
            }}
          >
            Load more stories
          </button>
        )
      )}
    </div>
  );
}
