import { Link } from '@tanstack/react-router';
import type { Article } from '../../news/schema/article';
import { relativeTime } from '../../ui/relative-time';
import { dateFormat, useDateDisplay } from '../../ui/use-date-display';

const EXACT = { dateStyle: 'long', timeStyle: 'short' } as const;

const dot = <span aria-hidden="true">·</span>;

/** Who published it, who wrote it, when, how long it takes to read, and what it is about. */
export function ArticleByline({ article }: { article: Article }) {
  const minutes = Math.max(1, Math.round(article.readingMinutes));
  // Rendered ahead of time in English and UTC, then in the reader's own language and zone.
  const dates = useDateDisplay();
  return (
    <div className="mt-5 text-sm text-stone-600 dark:text-stone-400">
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <span dir="auto" className="font-semibold text-stone-900 dark:text-stone-100">
          {article.source.name}
        </span>
        {article.author && (
          <>
            {dot}
            <span>
              By <span dir="auto">{article.author}</span>
            </span>
          </>
        )}
        {dot}
        <span>
          {article.publishedAt === null ? (
            <span>Date unknown</span>
          ) : (
            <>
              <time dateTime={article.publishedAt}>
                {dateFormat(dates, EXACT).format(new Date(article.publishedAt))}
              </time>{' '}
              ({relativeTime(article.publishedAt, undefined, dates.locale)})
            </>
          )}
        </span>
        {dot}
        <span>{minutes} min read</span>
      </p>
      {article.topics.length > 0 && (
        <ul aria-label="Topics" className="mt-3 flex flex-wrap gap-2">
          {article.topics.map((topic) => (
            <li key={topic}>
              <Link
                to="/"
                search={{ topic }}
                dir="auto"
                className="inline-flex min-h-8 items-center rounded-full border border-stone-300 px-3 text-stone-700 hover:bg-stone-100 dark:border-stone-700 dark:text-stone-300 dark:hover:bg-stone-800"
              >
                {topic}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
