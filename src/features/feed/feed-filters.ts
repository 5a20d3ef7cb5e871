import type { FeedSearch } from '../../news/feed-search';

/** Display names for the ids in the URL; an id without a known name shows as itself. */
export interface FilterNames {
  entity: (id: string) => string;
  source: (id: string) => string;
}

export interface ActiveFilter {
  key: string;
  /** What the chip shows: "Sweden", "“defence”", "Nordic Wire". */
  label: string;
  /** What kind of filter, shown before the label; people and places need none. */
  kind: 'Search' | 'Source' | 'Topic' | null;
  /** The feed's search params with this filter gone. */
  without: FeedSearch;
}

/** Every filter in the URL, in the order a sentence about them reads. */
export function activeFilters(search: FeedSearch, names: FilterNames): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  if (search.q)
    filters.push({ key: 'q', label: quoted(search.q), kind: 'Search', without: { ...search, q: undefined } });
  for (const id of search.entity ?? []) {
    const rest = (search.entity ?? []).filter((item) => item !== id);
    filters.push({
      key: `entity-${id}`,
      label: names.entity(id),
      kind: null,
      without: { ...search, entity: rest.length > 0 ? rest : undefined },
    });
  }
  if (search.source) {
    const label = names.source(search.source);
    filters.push({ key: 'source', label, kind: 'Source', without: { ...search, source: undefined } });
  }
  if (search.topic)
    filters.push({ key: 'topic', label: search.topic, kind: 'Topic', without: { ...search, topic: undefined } });
  if (search.following)
    filters.push({
      key: 'following',
      label: 'Who you follow',
      kind: null,
      without: { ...search, following: undefined },
    });
  return filters;
}

/** "matching “defence” with Sweden and Japan from Nordic Wire about politics", or "" without filters. */
export function describeFilters(search: FeedSearch, names: FilterNames): string {
  const parts = [
    search.q ? `matching ${quoted(search.q)}` : '',
    search.entity?.length ? `with ${listFormat().format(search.entity.map(names.entity))}` : '',
    search.source ? `from ${names.source(search.source)}` : '',
    search.topic ? `about ${search.topic}` : '',
    search.following ? 'about who you follow' : '',
  ];
  return parts.filter(Boolean).join(' ');
}

export function feedTitle(search: FeedSearch, names: FilterNames): string {
  const filters = describeFilters(search, names);
  return filters ? `Stories ${filters}` : 'Latest stories';
}

export function emptyMessage(search: FeedSearch, names: FilterNames): string {
  const filters = describeFilters(search, names);
  if (!filters) return 'There are no stories to show yet.';
  // "No stories match “x” with Sweden" reads better than "No stories matching “x” with Sweden".
  return search.q ? `No stories ${filters.replace(/^matching/, 'match')}.` : `No stories ${filters}.`;
}

export function storyCount(total: number): string {
  // Grouped by hand as English does ("10,000"): toLocaleString would build the page's first number
  // formatter, loading locale data in the middle of hydration.
  return total === 1 ? '1 story' : `${String(total).replace(/\B(?=(\d{3})+$)/g, ',')} stories`;
}

export function droppedNote(count: number): string {
  return count === 1
    ? '1 story could not be shown because its data was invalid.'
    : `${count} stories could not be shown because their data was invalid.`;
}

// Made on first use: the page's first Intl object loads locale data, a long task on a slow phone,
// and an unfiltered feed (the first screen of most visits) never lists names.
let conjunction: Intl.ListFormat | undefined;
const listFormat = (): Intl.ListFormat => (conjunction ??= new Intl.ListFormat('en', { type: 'conjunction' }));

function quoted(text: string): string {
  return `“${text}”`;
}
