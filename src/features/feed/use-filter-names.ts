import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { FeedSearch } from '../../news/feed-search';
import { newsQueries } from '../../news/queries';
import type { ArticleSummary } from '../../news/schema/article';
import { useNewsSource } from '../../news/source-context';
import type { FilterNames } from './feed-filters';

/**
 * Names for the filter ids in the URL. The loaded stories usually carry them; an entity they do not
 * mention (an empty result, or one below every story's top entities) is looked up, and shows as its
 * id until then or if the lookup fails. A source filter no loaded story names (a new source with
 * nothing fetched yet) is named from the source list.
 */
export function useFilterNames(search: FeedSearch, items: readonly ArticleSummary[]): FilterNames {
  const source = useNewsSource();
  const { entityNames, sourceNames } = useMemo(() => namesIn(items), [items]);

  const missing = (search.entity ?? []).filter((id) => !entityNames.has(id));
  const records = useQueries({ queries: missing.map((id) => newsQueries.entity(source, id)) });
  const looked = new Map(
    records.flatMap((record) => (record.data ? [[record.data.id, record.data.name] as const] : [])),
  );
  const sourceMissing = search.source !== undefined && !sourceNames.has(search.source);
  const sources = useQuery({ ...newsQueries.sources(source), enabled: sourceMissing });
  const listedName = (id: string) => sources.data?.items.find((item) => item.id === id)?.name;

  return {
    entity: (id) => entityNames.get(id) ?? looked.get(id) ?? id,
    source: (id) => sourceNames.get(id) ?? listedName(id) ?? id,
  };
}

function namesIn(items: readonly ArticleSummary[]) {
  const entityNames = new Map<string, string>();
  const sourceNames = new Map<string, string>();
  for (const item of items) {
    sourceNames.set(item.source.id, item.source.name);
    for (const entity of item.entities) entityNames.set(entity.id, entity.name);
  }
  return { entityNames, sourceNames };
}
