import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import type { FeedSearch } from '../../news/feed-search';
import { repairedSentence } from '../../news/repair/repair-words';
import { newsQueries } from '../../news/queries';
import { useNewsSource } from '../../news/source-context';
import { useDateDisplay } from '../../ui/use-date-display';
import { countOf } from './format';
import { formatDay, groupByDay } from './group-by-day';
import { muted } from './styles';
import { TimelineStory } from './timeline-story';

/** The entity's stories, newest first, under one heading per day, a page at a time. */
interface EntityTimelineProps {
  id: string;
  /** The role the entity usually has; a story only repeats it when it says something different. */
  usualRole: string | undefined;
  search: FeedSearch;
}

export function EntityTimeline({ id, usualRole, search }: EntityTimelineProps) {
  const source = useNewsSource();
  const dates = useDateDisplay();
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError } = useSuspenseInfiniteQuery(
    newsQueries.storyList(source, { entities: [id] }),
  );
  const stories = data.pages.flatMap((page) => page.items);
  const total = data.pages[0]?.total ?? stories.length;
  const dropped = data.pages.reduce((sum, page) => sum + page.dropped.length, 0);
  const repaired = data.pages.flatMap((page) => page.repaired ?? []);

  if (stories.length === 0) return <p className={muted}>No stories mention this yet.</p>;

  return (
    <div>
      {groupByDay(stories, dates.timeZone).map(({ day, stories: onDay }) => (
        <section key={day} aria-labelledby={`day-${day}`} className="mb-6">
          <h2 id={`day-${day}`} className="border-b border-stone-200 pb-1 text-sm font-semibold dark:border-stone-800">
            <time dateTime={day || undefined}>{formatDay(day, dates.locale)}</time>
          </h2>
          <ul className="mt-2 space-y-3">
            {onDay.map((story) => (
              <TimelineStory key={story.id} story={story} entityId={id} usualRole={usualRole} search={search} />
            ))}
          </ul>
        </section>
      ))}
      <p className={`text-sm ${muted}`} aria-live="polite">
        Showing {stories.length} of {countOf(total, 'story', 'stories')}
        {dropped > 0 && `; ${countOf(dropped, 'story', 'stories')} left out because the data was not valid`}.
        {repaired.length > 0 && ` ${repairedSentence(repaired, 'story', 'stories')}`}
      </p>
      {isFetchNextPageError && (
        <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
          More stories could not be loaded. Try again.
        </p>
      )}
      {hasNextPage && (
        <button type="button" className="btn mt-3" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()}>
          {isFetchingNextPage ? 'Loading more stories…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
