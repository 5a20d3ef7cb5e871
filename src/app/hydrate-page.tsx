import { hydrate } from '@tanstack/react-query';
import type { RouterHistory } from '@tanstack/react-router';
import { startTransition, StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import type { NewsSource } from '../news/source';
import { createReaderRouter, NewsReader, type NewsReaderProps } from './news-reader';
import { asFreshAsThePage, PRERENDER_WIDTH, readPrerendered } from './prerendered';
import { createQueryClient } from './query-client';

/**
 * Takes over HTML the build prerendered: the query cache starts with the data the HTML was made
 * from, the router has loaded the page's code before React looks at the HTML, and the first
 * render is laid out for the width the HTML was (the frame measures itself right after). So the
 * reader hydrates with no request and no change to what is on screen. Null when the page's data
 * is not for this path: then the caller renders afresh.
 */
export async function hydratePrerendered(
  container: HTMLElement,
  props: {
    source: NewsSource;
    history: RouterHistory;
    offline: NewsReaderProps['offline'];
    imagePolicy: NewsReaderProps['imagePolicy'];
    readingStore: NewsReaderProps['readingStore'];
  },
): Promise<Root | null> {
  const prerendered = readPrerendered(document);
  // Not this page's HTML (another path, or a query such as a filter that it was not rendered with;
  // or not readable): the caller renders afresh.
  if (prerendered?.path !== window.location.pathname + window.location.search) return null;
  const queryClient = createQueryClient();
  hydrate(queryClient, asFreshAsThePage(prerendered.state));
  const router = createReaderRouter({ source: props.source, history: props.history, queryClient });
  await router.load();
  // The router renders its matches without a root Suspense boundary in the build's prerender (as
  // on any server); this tells it the HTML came from there, so the first render matches it.
  router.ssr = { manifest: undefined };
  // In a transition React hydrates in slices of a few milliseconds, yielding to the browser between
  // them, instead of in one task that blocks input for as long as the whole page takes.
  let root: Root | undefined;
  startTransition(() => {
    root = hydrateRoot(
      container,
      <StrictMode>
        <NewsReader {...props} router={router} initialWidth={PRERENDER_WIDTH} hydrating />
      </StrictMode>,
    );
  });
  if (!root) throw new Error('hydrateRoot returned no root');
  return root;
}
