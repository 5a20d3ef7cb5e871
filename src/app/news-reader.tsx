import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createRouter, RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { useEffect, useState, type ComponentType } from 'react';
import { ownOriginPolicy, type ImagePolicy } from '../news/image-policy';
import type { NewsSource } from '../news/source';
import { newsQueries } from '../news/queries';
import { NewsSourceProvider } from '../news/source-context';
import { ReadingStoreProvider } from '../reading/reading-context';
import type { ReadingStore } from '../reading/store';
import { ImagePolicyProvider } from '../ui/image-policy-context';
import { HydrationBoundary } from '../ui/use-hydrated';
import { ReaderFrameProvider, type FrameLayout, type FrameScroll, type ShortcutScope } from '../ui/reader-frame';
import { OfflineCache, type OfflineStart } from './pwa/offline-cache';
import { createQueryClient } from './query-client';
import { routeTree } from './routes';
import { parseSearch, stringifySearch } from './search-params';
import { ThemeOverrideProvider, type ThemeOverride } from './theme-override';
import type { ReaderCallbacks, ReaderEventsProps } from './use-reader-events';

interface NewsReaderBaseProps {
  source: NewsSource;
  history: RouterHistory;
  /** The width to lay out for until the reader's frame is measured; the window's by default. */
  initialWidth?: number;
  /** 'frame' when embedded: shortcuts work only while focus is inside this reader. */
  shortcutScope?: ShortcutScope;
  /**
   * The standalone app's saved cache and update signal, on their way (the reader never waits for
   * them online); absent (the embed), nothing is saved.
   */
  offline?: Promise<OfflineStart | undefined>;
  /** Set by the owner (the embed): wins over the reader's own theme choice and hides its toggle. */
  theme?: ThemeOverride;
  layout?: FrameLayout;
  /** 'frame' when embedded: the reader scrolls inside its own box and never scrolls the window. */
  scroll?: FrameScroll;
  /**
   * Read, saved and followed stories and reading settings: the device's (createDeviceReadingStore)
   * for a page of its own, one in memory for the embed and for HTML rendered ahead of time.
   */
  readingStore: ReadingStore;
  /** A router made ahead (createReaderRouter) and already loaded: to render or hydrate prerendered HTML. */
  router?: ReaderRouter;
  /** Where story images load from without asking (imagePolicyFor); the page's own origin by default. */
  imagePolicy?: ImagePolicy;
  /**
   * True when this render makes (renderPage) or takes over (hydratePrerendered) HTML rendered
   * ahead of time: what only the device knows, and the frame's own width, come in the render after.
   */
  hydrating?: boolean;
}

/**
 * The on* callbacks come with `events`, the component that calls them (ReaderEvents in
 * ./use-reader-events): a prop, not an import, so a reader that listens to nothing (the standalone
 * app) does not download it. The types let neither be passed without the other.
 */
type ReaderListening =
  | (ReaderCallbacks & { events: ComponentType<ReaderEventsProps> })
  | ({ [K in keyof ReaderCallbacks]?: never } & { events?: undefined });

export type NewsReaderProps = NewsReaderBaseProps & ReaderListening;

/** One reader's router, bound to its own query cache (a fresh one unless given) and source. */
export function createReaderRouter({
  source,
  history,
  scroll,
  queryClient = createQueryClient(),
}: Pick<NewsReaderBaseProps, 'source' | 'history' | 'scroll'> & { queryClient?: QueryClient }) {
  return createRouter({
    routeTree,
    history,
    context: { queryClient, source },
    parseSearch,
    stringifySearch,
    // Restoration scrolls the window and keeps positions in sessionStorage: the host's, when embedded.
    scrollRestoration: scroll !== 'frame',
    defaultPreload: 'intent',
  });
}

export type ReaderRouter = ReturnType<typeof createReaderRouter>;

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
  const [router] = useState(() => props.router ?? createReaderRouter(props));
  const [imagePolicy] = useState(() => props.imagePolicy ?? ownOriginPolicy());
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
  const Events = props.events;
  return (
    <ReaderFrameProvider
      initialWidth={props.initialWidth ?? window.innerWidth}
      shortcutScope={props.shortcutScope ?? 'document'}
      measureLater={props.hydrating}
      layout={props.layout}
      scroll={props.scroll}
    >
      {Events && <Events router={router} queryClient={queryClient} source={source} callbacks={props} />}
      <HydrationBoundary pending={props.hydrating ?? false}>
        <ThemeOverrideProvider value={props.theme}>
          <ReadingStoreProvider store={props.readingStore}>
            <NewsSourceProvider source={source}>
              <ImagePolicyProvider policy={imagePolicy}>
                <QueryClientProvider client={queryClient}>
                  <OfflineCache offline={props.offline}>
                    <RouterProvider router={router} />
                  </OfflineCache>
                </QueryClientProvider>
              </ImagePolicyProvider>
            </NewsSourceProvider>
          </ReadingStoreProvider>
        </ThemeOverrideProvider>
      </HydrationBoundary>
    </ReaderFrameProvider>
  );
}
