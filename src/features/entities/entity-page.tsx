import { usePrefetchInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { FeedSearch } from '../../news/feed-search';
import { newsQueries } from '../../news/queries';
import { useNewsSource } from '../../news/source-context';
import { RegionBoundary } from '../../ui/region-boundary';
import { EntityHeader } from './entity-header';
import { EntityTimeline } from './entity-timeline';
import { RelatedEntities } from './related-entities';
import { TimelineSkeleton } from './timeline-skeleton';

/** Everything the corpus knows about one entity: who it is, when it appeared, and who it appears with. */
export function EntityPage({ id, search }: { id: string; search: FeedSearch }) {
  const source = useNewsSource();
  // Start the stories now, alongside the record, rather than after the header has rendered.
  usePrefetchInfiniteQuery(newsQueries.storyList(source, { entities: [id] }));
  const { data: entity } = useSuspenseQuery(newsQueries.entity(source, id));

  return (
    <article aria-labelledby="entity-name">
      <EntityHeader entity={entity} search={search} />
      <div className="mt-8 grid gap-8 @5xl:grid-cols-[minmax(0,1fr)_18rem]">
        <section aria-label={`Stories mentioning ${entity.name}`}>
          <RegionBoundary what="The stories" fallback={<TimelineSkeleton />}>
            <EntityTimeline id={id} usualRole={entity.role} search={search} />
          </RegionBoundary>
        </section>
        <RelatedEntities entity={entity} />
      </div>
    </article>
  );
}
