import { createContext, useContext, type ReactNode } from 'react';
import type { NewsSource } from './source';

const NewsSourceContext = createContext<NewsSource | null>(null);

/** One source per reader instance, so two embeds on a page can read from different backends. */
export function NewsSourceProvider({ source, children }: { source: NewsSource; children: ReactNode }) {
  return <NewsSourceContext.Provider value={source}>{children}</NewsSourceContext.Provider>;
}

export function useNewsSource(): NewsSource {
  const source = useContext(NewsSourceContext);
  if (!source) throw new Error('useNewsSource must be used inside <NewsSourceProvider>');
  return source;
}
