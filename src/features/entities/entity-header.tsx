import { Link } from '@tanstack/react-router';
import type { FeedSearch } from '../../news/feed-search';
import type { Entity } from '../../news/schema/entity';
import { FollowButton } from '../../reading/follow-button';
import { RepairNote } from '../../ui/repair-note';
import { useDateDisplay } from '../../ui/use-date-display';
import { EntityTypeBadge } from './entity-type-badge';
import { countOf, formatDate } from './format';
import { muted } from './styles';

/** A backend may send any number of aliases; a sentence of them is enough. */
const MAX_ALIASES = 12;

/** Name, what it is, and the span of the coverage: the facts a reader checks before the stories. */
export function EntityHeader({ entity, search }: { entity: Entity; search: FeedSearch }) {
  const dates = useDateDisplay();
  // From the entity page the link always narrows the feed; it never takes a filter away.
  const filtered = search.entity?.includes(entity.id)
    ? search
    : { ...search, entity: [...(search.entity ?? []), entity.id] };
  return (
    <header data-follow-scope="page" className="border-b border-stone-200 pb-6 dark:border-stone-800">
      <EntityTypeBadge type={entity.type} />
      <h1 id="entity-name" dir="auto" className="mt-1 text-3xl font-black tracking-tight @2xl:text-4xl">
        {entity.name}
      </h1>
      {entity.role && (
        <p dir="auto" className="mt-1 text-lg">
          {entity.role}
        </p>
      )}
      {entity.description && (
        <p dir="auto" className={`mt-2 max-w-prose ${muted}`}>
          {entity.description}
        </p>
      )}
      {entity.aliases.length > 0 && (
        <p className={`mt-2 text-sm ${muted}`}>
          Also known as{' '}
          {entity.aliases.slice(0, MAX_ALIASES).map((alias, index) => (
            <span key={alias}>
              {index > 0 && ', '}
              <bdi className="font-medium text-stone-900 dark:text-stone-100">{alias}</bdi>
            </span>
          ))}
          {entity.aliases.length > MAX_ALIASES &&
            ` and ${(entity.aliases.length - MAX_ALIASES).toLocaleString('en-US')} more`}
        </p>
      )}
      <dl className="mt-4 flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <div>
          <dt className={muted}>Stories</dt>
          <dd className="font-semibold">{countOf(entity.articleCount, 'story', 'stories')}</dd>
        </div>
        <div>
          <dt className={muted}>First seen</dt>
          <dd className="font-semibold">
            <time dateTime={entity.firstSeen ?? undefined}>{formatDate(entity.firstSeen, dates)}</time>
          </dd>
        </div>
        <div>
          <dt className={muted}>Last seen</dt>
          <dd className="font-semibold">
            <time dateTime={entity.lastSeen ?? undefined}>{formatDate(entity.lastSeen, dates)}</time>
          </dd>
        </div>
      </dl>
      {entity.repairs && entity.repairs.length > 0 && <RepairNote repairs={entity.repairs} whose="this page’s" />}
      <div className="mt-4 flex flex-wrap gap-2">
        <FollowButton entity={{ id: entity.id, name: entity.name, type: entity.type }} />
        <Link to="/" search={filtered} className="btn">
          <span>
            Filter the feed by <bdi>{entity.name}</bdi>
          </span>
        </Link>
      </div>
    </header>
  );
}
