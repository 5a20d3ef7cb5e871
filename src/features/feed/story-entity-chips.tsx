import { Link } from '@tanstack/react-router';
import { toggleEntity, type FeedSearch } from '../../news/feed-search';
import type { SummaryEntity } from '../../news/schema/article';
import { chipClass } from './chip-class';

const MAX_CHIPS = 4;

/** The story's most salient people and places; each turns its filter on or off in the feed. */
export function StoryEntityChips({ entities, search }: { entities: readonly SummaryEntity[]; search: FeedSearch }) {
  const top = entities.slice(0, MAX_CHIPS);
  if (top.length === 0) return null;
  return (
    <ul aria-label="People and places" className="mt-3 flex flex-wrap gap-2 compact:mt-2">
      {top.map((entity) => {
        const on = search.entity?.includes(entity.id) ?? false;
        return (
          <li key={entity.id}>
            <Link
              to="/"
              search={toggleEntity(search, entity.id)}
              className={chipClass(on)}
              aria-label={on ? `Remove filter: ${entity.name}` : `Filter by ${entity.name}`}
            >
              <span dir="auto">{entity.name}</span>
              {on && <span aria-hidden="true">✓</span>}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
