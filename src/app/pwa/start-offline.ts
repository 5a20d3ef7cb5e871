import type { OfflineStart } from './offline-cache';
import { OFFLINE_CHROME, keepCacheSaved } from './persisted-cache';
import { createQueryPersister } from './persistence';
import { registerServiceWorker } from './register-service-worker';
import { createUpdateSignal } from './update-signal';

/** Written by the build; tests and the dev server share one. */
const BUILD_ID: unknown = import.meta.env.VITE_LEDE_BUILD_ID;

/**
 * The standalone app's offline support, started while config.json loads: the saved query cache
 * is being read at once, and the service worker registers once the page has loaded and is idle,
 * so neither competes with the first stories. Give the result the news source's API base.
 */
export function startOfflineSupport(): (apiBaseUrl: string | null) => OfflineStart {
  const persister = createQueryPersister();
  const updates = createUpdateSignal();
  // The dev server has no service worker to register; a stale one would only confuse.
  if (import.meta.env.PROD) whenIdleAfterLoad(() => registerServiceWorker(updates));
  return (apiBaseUrl) => ({
    support: {
      persister,
      updates,
      buster: `${typeof BUILD_ID === 'string' ? BUILD_ID : 'dev'} ${apiBaseUrl ?? 'bundled'}`,
    },
    chrome: OFFLINE_CHROME,
    keep: keepCacheSaved,
  });
}

function whenIdleAfterLoad(run: () => void): void {
  const idle = () =>
    window.requestIdleCallback ? window.requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 1);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
