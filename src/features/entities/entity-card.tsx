import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { FeedSearch } from '../../news/feed-search';
import { newsQueries } from '../../news/queries';
import type { ArticleEntity } from '../../news/schema/article';
import { useNewsSource } from '../../news/source-context';
import { FollowButton } from '../../reading/follow-button';
import { Skeleton } from '../../ui/skeleton';
import { EntityTypeBadge } from './entity-type-badge';
import { FilterFeedLink } from './filter-feed-link';
import { countOf } from './format';
import { muted, smallControl } from './styles';

/** What the story says about a mention at a glance, and where to go from it. */
export function EntityCard({ entity, search }: { entity: ArticleEntity; search: FeedSearch }) {
  const source = useNewsSource();
  // Not suspense: the card is useful before the corpus-wide count arrives, and without it.
  const record = useQuery(newsQueries.entity(source, entity.id));

  return (
    <div
      data-follow-scope=""
      className="w-72 max-w-full rounded-lg border border-stone-200 bg-white p-3 text-sm text-stone-900 shadow-lg dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <EntityTypeBadge type={entity.type} />
      <p dir="auto" className="mt-1 text-base leading-snug font-semibold">
        {entity.name}
      </p>
      {entity.role && (
        <p dir="auto" className={muted}>
          {entity.role}
        </p>
      )}
      <ul className={`mt-2 space-y-0.5 ${muted}`}>
        <li>{countOf(entity.mentions.length, 'mention')} in this story</li>
        {record.isPending && (
          <li className="flex h-5 items-center">
            <Skeleton className="h-3 w-24" />
            <span className="sr-only">Counting stories…</span>
          </li>
        )}
        {record.isSuccess && <li>In {countOf(record.data.articleCount, 'story', 'stories')}</li>}
      </ul>
      <div className="-mx-2 mt-1 flex flex-wrap">
        <Link to="/entities/$id" params={{ id: entity.id }} search={search} className={smallControl}>
          <span>
            More about <bdi>{entity.name}</bdi>
          </span>
        </Link>
        <FilterFeedLink search={search} entityId={entity.id} name={entity.name} />
        <FollowButton entity={{ id: entity.id, name: entity.name, type: entity.type }} className={smallControl} />
      </div>
    </div>
  );
}
