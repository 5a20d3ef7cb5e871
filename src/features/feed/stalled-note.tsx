import type { StoryFeed } from './use-story-feed';

/**
 * After a run of pages with nothing to show, the list stops asking on its own (a backend could
 * serve such pages forever) and says so; the reader chooses whether to keep looking.
 */
export function StalledNote({ feed }: { feed: StoryFeed }) {
  const { isFetchingNextPage, skippedPages, nextPageError } = feed;
  const pages = skippedPages + 1;
  return (
    <div className="py-4">
      <p className="text-stone-700 dark:text-stone-300">
        Lede read {pages === 1 ? 'a page' : `${pages} pages`} of stories in a row without finding one it could show.
        There are more.
      </p>
      {nextPageError && (
        <p role="alert" className="mt-2 text-red-800 dark:text-red-300">
          The next page could not be loaded: {nextPageError.message}
        </p>
      )}
      <button
        type="button"
        className="btn mt-3 aria-disabled:cursor-wait aria-disabled:opacity-60"
        aria-disabled={isFetchingNextPage}
        onClick={() => {
          if (!isFetchingNextPage) feed.fetchNextPage();
        }}
      >
        {isFetchingNextPage ? 'Looking…' : 'Keep looking'}
      </button>
    </div>
  );
}
