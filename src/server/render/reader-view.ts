/** The views the server renders: the feed (with its search), a story, an entity's page. */
export type ReaderView = { kind: 'feed' } | { kind: 'story' | 'entity'; id: string };

/** The view a path asks for, or null for a page the server leaves to the reader (settings, saved, ...). */
export function readerViewOf(pathname: string): ReaderView | null {
  if (pathname === '/') return { kind: 'feed' };
  const match = /^\/(articles|entities)\/([^/]+)$/.exec(pathname);
  if (!match) return null;
  const [, collection, raw = ''] = match;
  try {
    return { kind: collection === 'articles' ? 'story' : 'entity', id: decodeURIComponent(raw) };
  } catch {
    // A malformed escape names no story; the reader's not-found view says so.
    return { kind: collection === 'articles' ? 'story' : 'entity', id: raw };
  }
}
