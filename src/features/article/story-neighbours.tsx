import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { toStoryFilters, type FeedSearch } from '../../news/feed-search';
import { newsQueries } from '../../news/queries';
import { useNewsSource } from '../../news/source-context';
import { useShortcut } from '../../ui/shortcuts';
import { NeighbourLink } from './neighbour-link';

/**
 * Previous and next follow the feed the reader came from (the same query, so the same cache as
 * the feed list). A story that is not in the loaded pages has no neighbours to show, only the way back.
 */
export function StoryNeighbours({ id, search }: { id: string; search: FeedSearch }) {
  const source = useNewsSource();
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage } = useInfiniteQuery(
    newsQueries.storyList(source, toStoryFilters(search)),
  );
  const stories = data?.pages.flatMap((page) => page.items) ?? [];
  const index = stories.findIndex((story) => story.id === id);
  const previous = index > 0 ? stories[index - 1] : undefined;
  const next = index >= 0 ? stories[index + 1] : undefined;
  const needsNextPage = index >= 0 && index === stories.length - 1 && hasNextPage && !isFetchingNextPage;

  useEffect(() => {
    if (needsNextPage) void fetchNextPage();
  }, [needsNextPage, fetchNextPage]);

  // On a story, j and k open the next and previous story of the feed it came from.
  const navigate = useNavigate();
  const open = (story: typeof next) => {
    if (story) void navigate({ to: '/articles/$id', params: { id: story.id }, search });
  };
  useShortcut('next', () => open(next), next !== undefined);
  useShortcut('previous', () => open(previous), previous !== undefined);

  return (
    <nav aria-label="More stories" className="mt-12 border-t border-stone-200 pt-6 dark:border-stone-800">
      {(previous || next) && (
        <div className="grid gap-3 @2xl:grid-cols-2">
          {previous && <NeighbourLink story={previous} search={search} label="Previous story" />}
          {next && <NeighbourLink story={next} search={search} label="Next story" align="end" />}
        </div>
      )}
      <Link
        to="/"
        search={search}
        className="mt-4 inline-flex min-h-11 items-center font-medium text-sky-800 underline underline-offset-4 dark:text-sky-300"
      >
        <span aria-hidden="true">←&nbsp;</span>Back to stories
      </Link>
    </nav>
  );
}
