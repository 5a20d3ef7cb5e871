import { Link } from '@tanstack/react-router';
import type { FeedSearch } from '../../news/feed-search';
import type { ArticleSummary } from '../../news/schema/article';
import { dateFormat, useDateDisplay } from '../../ui/use-date-display';
import { muted, textLink } from './styles';

interface TimelineStoryProps {
  story: ArticleSummary;
  entityId: string;
  usualRole: string | undefined;
  search: FeedSearch;
}

/** A story in the timeline, with the part the entity played in it when that differs from the usual one. */
export function TimelineStory({ story, entityId, usualRole, search }: TimelineStoryProps) {
  const dates = useDateDisplay();
  const role = story.entities.find((entity) => entity.id === entityId)?.role;
  const distinctRole = role && role !== usualRole ? role : undefined;
  return (
    <li>
      <Link
        to="/articles/$id"
        params={{ id: story.id }}
        search={search}
        dir="auto"
        className={`block py-2 text-lg leading-7 font-semibold ${textLink}`}
      >
        {story.title}
      </Link>
      <p className={`-mt-1 text-sm ${muted}`}>
        {story.publishedAt === null ? (
          'time unknown'
        ) : (
          <time dateTime={story.publishedAt}>
            {dateFormat(dates, { timeStyle: 'short' }).format(new Date(story.publishedAt))}
          </time>
        )}
        {' · '}
        <span dir="auto">{story.source.name}</span>
        {distinctRole && (
          <>
            {' · as '}
            <span dir="auto">{distinctRole}</span>
          </>
        )}
      </p>
      {story.summary && (
        <p dir="auto" className="mt-1 line-clamp-2 max-w-prose">
          {story.summary}
        </p>
      )}
    </li>
  );
}
