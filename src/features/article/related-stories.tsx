import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import type { FeedSearch } from '../../news/feed-search';
import { newsQueries } from '../../news/queries';
import type { Article, ArticleEntity } from '../../news/schema/article';
import { useNewsSource } from '../../news/source-context';
import { relativeTime } from '../../ui/relative-time';

const MAX_RELATED = 4;

/**
 * Places are shared by too many stories to say much (every Stockholm story is not related), so
 * the thread is the most salient person or organisation, falling back to a place only when
 * nothing else is named.
 */
export function pickRelatedBy(entities: readonly ArticleEntity[]): ArticleEntity | undefined {
  const bySalience = [...entities].sort((a, b) => b.salience - a.salience);
  return bySalience.find((entity) => entity.type !== 'place') ?? bySalience[0];
}

/** Other stories on the same thread. An optional extra: while loading or on failure it stays out of the way. */
export function RelatedStories({ article, search }: { article: Article; search: FeedSearch }) {
  const source = useNewsSource();
  const headingId = useId();
  const pivot = pickRelatedBy(article.entities);
  // The list shares its cache with the feed, which pages it, so it is read as an infinite query.
  const { data } = useInfiniteQuery({
    ...newsQueries.storyList(source, { entities: pivot ? [pivot.id] : [] }),
    enabled: pivot !== undefined,
  });
  const stories = (data?.pages[0]?.items ?? []).filter((story) => story.id !== article.id).slice(0, MAX_RELATED);
  if (!pivot || stories.length === 0) return null;

  return (
    <section aria-labelledby={headingId} className="mt-12">
      <h2 id={headingId} className="text-lg font-bold text-stone-950 dark:text-stone-50">
        Related stories
      </h2>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        Also about <span dir="auto">{pivot.name}</span>
      </p>
      <ul className="mt-3 divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-800 dark:border-stone-800">
        {stories.map((story) => (
          <li key={story.id}>
            <Link
              to="/articles/$id"
              params={{ id: story.id }}
              search={search}
              className="group block py-3 hover:bg-stone-100 dark:hover:bg-stone-900"
            >
              <span dir="auto" className="block font-semibold text-stone-900 group-hover:underline dark:text-stone-100">
                {story.title}
              </span>
              <span className="mt-0.5 block text-sm text-stone-600 dark:text-stone-400">
                <span dir="auto">{story.source.name}</span> · {relativeTime(story.publishedAt)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
