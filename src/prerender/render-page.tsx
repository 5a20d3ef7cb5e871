import type { ImagePolicy } from '../news/image-policy';
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createReaderRouter, NewsReader } from '../app/news-reader';
import { PRERENDER_WIDTH, type Prerendered } from '../app/prerendered';
import { createQueryClient } from '../app/query-client';
import type { NewsSource } from '../news/source';
import { createReadingStore } from '../reading/store';
import { memoryStateStorage } from '../reading/storage';

const MAX_PASSES = 6;

/**
 * One page of the reader as HTML, the way the browser's first render will draw it: a phone's
 * width, nothing stored on the device, every query it needed answered, and that query data to
 * hydrate from. Each pass renders what has arrived and starts what a suspended region asks for;
 * when a pass starts nothing new, the HTML is complete.
 */
export async function renderPage(
  path: string,
  source: NewsSource,
  // A server renders many pages: it passes its own client to clear once the page is sent.
  queryClient: QueryClient = createQueryClient(),
  // Where the page loads images without asking: the server knows the origin it answers for.
  imagePolicy?: ImagePolicy,
): Promise<{ html: string; data: Prerendered }> {
  const history = createMemoryHistory({ initialEntries: [path] });
  const router = createReaderRouter({ source, history, queryClient });
  await router.load();
  const page = (
    <StrictMode>
      <NewsReader
        source={source}
        history={history}
        router={router}
        initialWidth={PRERENDER_WIDTH}
        hydrating
        {...(imagePolicy ? { imagePolicy } : {})}
        readingStore={createReadingStore(memoryStateStorage())}
      />
    </StrictMode>
  );
  let html = renderToString(page);
  for (let pass = 1; queryClient.isFetching() > 0; pass++) {
    if (pass > MAX_PASSES) throw new Error(`${path}: still fetching after ${MAX_PASSES} passes`);
    await settled(queryClient);
    html = renderToString(page);
  }
  return { html, data: { path, state: dehydrate(queryClient) } };
}

function settled(queryClient: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (queryClient.isFetching() > 0) return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = queryClient.getQueryCache().subscribe(check);
    check();
  });
}
