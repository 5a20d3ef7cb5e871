import type { FetchHandler } from '../../news/api/api-handler';
import { NewsError } from '../../news/errors';
import { createHttpSource } from '../../news/http/http-source';
import type { NewsSource } from '../../news/source';

/**
 * The reader's own HTTP source, answered by this server's API handler in the same process: no
 * socket, no rate limit, and exactly the validation, repairs and image URLs the browser's source
 * applies to the same answers, so the data a page is rendered from is the data it would fetch.
 * Past `deadline` every request fails at once, so a render over a slow store stops asking.
 */
export function inProcessSource(api: FetchHandler, apiBaseUrl: string, deadline?: AbortSignal): NewsSource {
  return createHttpSource({
    baseUrl: apiBaseUrl,
    fetch: (input, init) => {
      if (deadline?.aborted) return Promise.reject(new NewsError('timeout', 'The page render ran out of time.'));
      return api(new Request(input, init));
    },
    // The store is in this process: a failure is not a flaky network, and the page falls back.
    maxAttempts: 1,
    isOnline: () => true,
  });
}
