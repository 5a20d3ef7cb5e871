import { Link } from '@tanstack/react-router';
import type { FocusEvent } from 'react';
import type { FeedSearch } from '../../news/feed-search';
import type { ArticleEntity } from '../../news/schema/article';
import { FollowButton } from '../../reading/follow-button';
import type { RowProps } from '../../ui/bounded-list';
import { FilterFeedLink } from './filter-feed-link';
import { countOf } from './format';
import { showFirstMention } from './show-mention';
import { muted, smallControl, textLink } from './styles';

interface StoryEntityItemProps {
  entity: ArticleEntity;
  search: FeedSearch;
  highlighted: boolean;
  onHighlight: (entityId: string | null) => void;
  /** Its place in the list, measured when the list is virtualized. */
  row: RowProps;
}

/** One entry of "In this story"; pointing at it or tabbing into it lights up its mentions in the text. */
export function StoryEntityItem({ entity, search, highlighted, onHighlight, row }: StoryEntityItemProps) {
  const leave = (event: FocusEvent<HTMLLIElement>) => {
    // Moving between this entry's own controls is not leaving it.
    if (!event.currentTarget.contains(event.relatedTarget)) onHighlight(null);
  };

  return (
    <li
      {...row}
      data-follow-scope=""
      data-highlighted={highlighted || undefined}
      onMouseEnter={() => onHighlight(entity.id)}
      onMouseLeave={() => onHighlight(null)}
      onFocus={() => onHighlight(entity.id)}
      onBlur={leave}
      className={`rounded-lg border px-3 py-1 transition-colors motion-reduce:transition-none ${
        highlighted ? 'border-amber-400 bg-amber-50 dark:border-amber-500 dark:bg-amber-950/60' : 'border-transparent'
      }`}
    >
      <div className="flex items-baseline justify-between gap-2">
        <Link
          to="/entities/$id"
          params={{ id: entity.id }}
          search={search}
          dir="auto"
          className={`block py-2.5 leading-6 font-semibold ${textLink}`}
        >
          {entity.name}
        </Link>
        <span className={`shrink-0 text-xs ${muted}`}>{countOf(entity.mentions.length, 'mention')}</span>
      </div>
      {entity.role && (
        <p dir="auto" className={`-mt-1.5 text-sm ${muted}`}>
          {entity.role}
        </p>
      )}
      <div className="-mx-2 flex flex-wrap">
        {entity.mentions.length > 0 && (
          <button
            type="button"
            className={smallControl}
            onClick={(event) => showFirstMention(event.currentTarget, entity.id)}
          >
            Show in text{' '}
            <span className="sr-only" dir="auto">
              ({entity.name})
            </span>
          </button>
        )}
        <FilterFeedLink search={search} entityId={entity.id} name={entity.name} />
        <FollowButton entity={{ id: entity.id, name: entity.name, type: entity.type }} className={smallControl} />
      </div>
    </li>
  );
}
