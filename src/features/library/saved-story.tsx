import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Article } from '../../news/schema/article';
import { useIsRead } from '../../reading/reading-context';
import { SaveButton } from '../../reading/save-button';
import { RelativeTime } from '../../ui/relative-time';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';

const control = 'btn min-h-9 px-3 text-sm';

/** One saved story: its headline, where and when, and a way to take it off the list. */
export function SavedStory({ id, query }: { id: string; query: UseQueryResult<Article> | undefined }) {
  const read = useIsRead(id);
  const story = query?.data;
  return (
    <li className="py-4">
      <article data-story-id={id} data-story-title={story?.title ?? id} className="flex items-start gap-4">
        <div className="min-w-0 flex-1">
          {story ? (
            <>
              <h2 className={`text-lg leading-snug ${read ? 'font-medium' : 'font-bold'}`}>
                <Link to="/articles/$id" params={{ id }} dir="auto" className="hover:underline">
                  {story.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                <span dir="auto">{story.source.name}</span>
                <span aria-hidden="true"> · </span>
                <RelativeTime iso={story.publishedAt} />
                {!read && <span> · Unread</span>}
              </p>
            </>
          ) : query?.isError ? (
            <p role="alert" className="text-red-800 dark:text-red-300">
              Story “{id}” could not be loaded: {query.error.message}
            </p>
          ) : (
            <LoadingRegion label="Loading a saved story">
              <Skeleton className="h-5 w-3/4" />
              <Skeleton className="mt-2 h-4 w-40" />
            </LoadingRegion>
          )}
        </div>
        <SaveButton storyId={id} title={story?.title ?? id} className={control} />
      </article>
    </li>
  );
}
