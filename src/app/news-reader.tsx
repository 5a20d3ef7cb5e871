import { QueryClientProvider } from '@tanstack/react-query';
import { createRouter, RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { NewsSource } from '../news/source';
import { newsQueries } from '../news/queries';
import { NewsSourceProvider } from '../news/source-context';
import { ReadingStoreProvider } from '../reading/reading-context';
import { createReadingStore, type ReadingStore } from '../reading/store';
import { localStateStorage } from '../reading/storage';
import { ReaderFrameProvider, type ShortcutScope } from '../ui/reader-frame';
import { createQueryClient } from './query-client';
import { routeTree } from './routes';
import { parseSearch, stringifySearch } from './search-params';

export interface NewsReaderProps {
  source: NewsSource;
  history: RouterHistory;
  /** The width to lay out for until the reader's frame is measured; the window's by default. */
  initialWidth?: number;
  /** 'frame' when embedded: shortcuts work only while focus is inside this reader. */
  shortcutScope?: ShortcutScope;
  /** Read, saved and followed stories and reading settings; kept in localStorage by default. */
  readingStore?: ReadingStore;
}

function createReaderRouter({ source, history }: Pick<NewsReaderProps, 'source' | 'history'>) {
  const queryClient = createQueryClient();
  return createRouter({
    routeTree,
    history,
    context: { queryClient, source },
    parseSearch,
    stringifySearch,
    scrollRestoration: true,
    defaultPreload: 'intent',
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createReaderRouter>;
  }
}

declare module '@tanstack/history' {
  interface HistoryState {
    /** The story a keyboard "back" came from: the feed puts focus back on it. */
    returnTo?: string;
  }
}

/** One reader: its own cache, router and source, so several can live on one page. */
export function NewsReader(props: NewsReaderProps) {
  const [router] = useState(() => createReaderRouter(props));
  // Read synchronously here, before the first render, so the reader's settings never shift the page.
  const [readingStore] = useState(() => props.readingStore ?? createReadingStore(localStateStorage()));
  const { source, queryClient } = router.options.context;
  // The source may hold a worker; StrictMode's rehearsal unmount is harmless, it restarts on demand.
  useEffect(() => () => source.dispose?.(), [source]);
  // A story the source improved later (entities detected in the text) replaces the cached one.
  useEffect(
    () =>
      source.onStoryUpdate?.((article) => {
        queryClient.setQueryData(newsQueries.story(source, article.id).queryKey, article);
      }),
    [source, queryClient],
  );
  return (
    <ReaderFrameProvider
      initialWidth={props.initialWidth ?? window.innerWidth}
      shortcutScope={props.shortcutScope ?? 'document'}
    >
      <ReadingStoreProvider store={readingStore}>
        <NewsSourceProvider source={source}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </NewsSourceProvider>
      </ReadingStoreProvider>
    </ReaderFrameProvider>
  );
}
