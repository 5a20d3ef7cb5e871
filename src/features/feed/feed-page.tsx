import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useNewsSource } from '../../news/source-context';
import type { FeedSearch } from './feed-search';
import { FeedCard } from './feed-card';
import { feedQueries } from './queries';

export function FeedPage({ search }: { search: FeedSearch }) {
  const source = useNewsSource();
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage } = useSuspenseInfiniteQuery(
    feedQueries.list(source, search),
  );
  const items = data.pages.flatMap((page) => page.items);
  const total = data.pages[0]?.total ?? 0;
  const dropped = data.pages[0]?.dropped.length ?? 0;

  return (
    <section aria-labelledby="feed-heading">
      <h1 id="feed-heading" className="text-2xl font-bold">
        Latest stories
      </h1>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
        {total === 1 ? '1 story' : `${total} stories`}
        {dropped > 0 && ` · ${dropped} could not be shown because their data was invalid`}
      </p>
      {items.length === 0 ? (
        <p className="mt-6">No stories match. Try fewer filters or a shorter search.</p>
      ) : (
        <ul className="mt-2">
          {items.map((article) => (
            <li key={article.id}>
              <FeedCard article={article} />
            </li>
          ))}
        </ul>
      )}
      {hasNextPage && (
        <button type="button" className="btn mt-4" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
          {isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}
