import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { FeedSearch } from '../../news/feed-search';
import { newsQueries } from '../../news/queries';
import { useNewsSource } from '../../news/source-context';
import { EntityTypeBadge } from './entity-type-badge';

const MAX_CHIPS = 8;

/**
 * The compact layout's "In this story": the most salient people and places as a row of chips under
 * the headline, each opening the entity's page, where a tile has no room for a sidebar.
 */
export function StoryEntityChips({ articleId, search }: { articleId: string; search: FeedSearch }) {
  const source = useNewsSource();
  const { data: story } = useSuspenseQuery(newsQueries.story(source, articleId));
  const top = [...story.entities].sort((a, b) => b.salience - a.salience).slice(0, MAX_CHIPS);
  if (top.length === 0) return null;
  return (
    <nav aria-label="People and places in this story">
      <ul className="flex flex-wrap gap-2">
        {top.map((entity) => (
          <li key={entity.id}>
            <Link
              to="/entities/$id"
              params={{ id: entity.id }}
              search={search}
              className="inline-flex min-h-11 items-center gap-1.5 rounded-full border border-stone-300 bg-white px-3 text-sm font-medium text-stone-800 no-underline hover:underline dark:border-stone-600 dark:bg-stone-900 dark:text-stone-200"
            >
              <EntityTypeBadge type={entity.type} label="hidden" />
              <span dir="auto">{entity.name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
