import { validateFeedSearch, type FeedSearch } from '../news/feed-search';

export type ReaderView = 'feed' | 'article' | 'entity';

/** Where a reader is, in the terms its owner uses: a view, the story's or entity's id, the feed params. */
export interface ReaderLocation {
  view: ReaderView;
  id?: string;
  search: FeedSearch;
}

const ARTICLE = /^\/articles\/([^/]+)\/?$/;
const ENTITY = /^\/entities\/([^/]+)\/?$/;

export function readerLocation(pathname: string, search: Record<string, unknown>): ReaderLocation {
  // Only the params that are set, so an owner reading the event sees { entity: ['nato'] }, not four keys.
  const feedSearch = Object.fromEntries(
    Object.entries(validateFeedSearch(search)).filter(([, value]) => value !== undefined),
  ) as FeedSearch;
  const article = ARTICLE.exec(pathname)?.[1];
  if (article) return { view: 'article', id: decodeURIComponent(article), search: feedSearch };
  const entity = ENTITY.exec(pathname)?.[1];
  if (entity) return { view: 'entity', id: decodeURIComponent(entity), search: feedSearch };
  return { view: 'feed', search: feedSearch };
}

/**
 * The entities a move from one location to the next picked: an entity page opened, or an entity
 * added to the feed's filters. The first page (set by its owner), removing a filter or going back to
 * the same entity picks nothing.
 */
export function pickedEntities(from: ReaderLocation | null, to: ReaderLocation): string[] {
  if (from === null) return [];
  const picked = new Set<string>();
  if (to.view === 'entity' && to.id && !(from.view === 'entity' && from.id === to.id)) picked.add(to.id);
  const before = new Set(from.search.entity ?? []);
  for (const id of to.search.entity ?? []) if (!before.has(id)) picked.add(id);
  return [...picked];
}
