import { useSuspenseQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import type { FeedSearch } from '../../news/feed-search';
import { repairedSentence } from '../../news/repair/repair-words';
import { useNewsSource } from '../../news/source-context';
import { ActiveFilters } from './active-filters';
import { FeedEntityLink } from './feed-entity-link';
import { countOf } from './format';
import { entityQueries } from './queries';
import { muted } from './styles';

const FEED_ENTITY_LIMIT = 12;

/** Beside the feed: who the current results are about, each one a click away from narrowing them. */
export function FeedEntities({ search }: { search: FeedSearch }) {
  const source = useNewsSource();
  // New filters keep the old list on screen (dimmed) instead of flashing the skeleton.
  const shown = useDeferredValue(search);
  const { data } = useSuspenseQuery(
    // The entity API's `q` matches entity names, not stories, so the feed's words are not passed on.
    entityQueries.list(source, {
      entities: shown.entity,
      source: shown.source,
      topic: shown.topic,
      limit: FEED_ENTITY_LIMIT,
    }),
  );
  const updating = shown !== search;

  return (
    <div className="@5xl:max-h-[calc(100vh-6rem)] @5xl:overflow-y-auto @5xl:p-1">
      <h2 id="feed-entities-heading" className="text-lg font-bold">
        Who&rsquo;s in these stories
      </h2>
      <p className={`mb-3 text-sm ${muted}`}>
        Choose one to filter the feed.
        {search.q && ' Counts cover the filters, not the search words.'}
      </p>
      <ActiveFilters search={search} />
      {data.items.length === 0 ? (
        <p className={`text-sm ${muted}`}>No people, organizations or places in these stories.</p>
      ) : (
        <ol
          aria-busy={updating || undefined}
          className={`space-y-0.5 transition-opacity motion-reduce:transition-none ${updating ? 'opacity-60' : ''}`}
        >
          {/* A backend may ignore the limit; the page never renders more than it asked for. */}
          {data.items.slice(0, FEED_ENTITY_LIMIT).map((entity) => (
            <li key={entity.id}>
              <FeedEntityLink entity={entity} search={search} />
            </li>
          ))}
        </ol>
      )}
      {data.dropped.length > 0 && (
        <p className={`mt-2 text-xs ${muted}`}>
          {countOf(data.dropped.length, 'entry', 'entries')} left out: the data for them was not valid.
        </p>
      )}
      {data.repaired && data.repaired.length > 0 && (
        <p className={`mt-2 text-xs ${muted}`}>{repairedSentence(data.repaired, 'entry', 'entries')}</p>
      )}
    </div>
  );
}
