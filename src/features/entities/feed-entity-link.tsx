import { Link } from '@tanstack/react-router';
import { toggleEntity, type FeedSearch } from '../../news/feed-search';
import type { EntitySummary } from '../../news/schema/entity';
import { ENTITY_TYPE_LABEL } from './entity-type';
import { EntityTypeBadge } from './entity-type-badge';
import { countOf } from './format';
import { muted } from './styles';

/** A ranked entity that toggles itself as a feed filter; whether it is on is said in words, not only colour. */
export function FeedEntityLink({ entity, search }: { entity: EntitySummary; search: FeedSearch }) {
  const active = search.entity?.includes(entity.id) ?? false;
  return (
    <Link
      to="/"
      search={toggleEntity(search, entity.id)}
      aria-current={active ? 'true' : undefined}
      className={`flex min-h-11 items-center gap-2 rounded-md px-2 hover:bg-stone-100 dark:hover:bg-stone-800 ${
        active ? 'bg-sky-50 dark:bg-sky-950' : ''
      }`}
    >
      <EntityTypeBadge type={entity.type} label="none" />
      <span className="sr-only">{active ? 'Stop filtering by' : 'Filter by'}</span>{' '}
      <span dir="auto" className="min-w-0 flex-1 py-1 leading-snug font-medium">
        {entity.name}
      </span>{' '}
      <span className="sr-only">({ENTITY_TYPE_LABEL[entity.type].one.toLowerCase()}),</span>{' '}
      <span aria-hidden="true" className={`shrink-0 text-sm tabular-nums ${muted}`}>
        {entity.count}
      </span>{' '}
      <span className="sr-only">{countOf(entity.count, 'story', 'stories')}</span>
    </Link>
  );
}
