/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import type { UpdateSignal } from './update-signal';

const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** Requests a page makes before its first service worker takes over, worth keeping offline. */
const DATA_REQUEST = /\/(data\/[^?]+|config\.json|api\/(articles|entities)[^#]*)$/;

/**
 * Registers the app's service worker. A new version waits until the reader says "Reload" (it is
 * never swapped in under an open story); a tab left open checks for one every hour.
 */
export function registerServiceWorker(updates: UpdateSignal): void {
  if (!('serviceWorker' in navigator)) return;
  const controlled = navigator.serviceWorker.controller !== null;
  let applying = false;
  if (!controlled) keepEarlyRequestsOnFirstVisit();
  // A new worker taking over means new code: reload, unless it is the very first worker taking
  // this page (nothing changed). This also covers a version applied from another tab, whose
  // cleanup removes the files this page would lazy-load next.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled || applying) window.location.reload();
  });
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () =>
      updates.offer(() => {
        applying = true;
        void update();
      }),
    // The plugin would reload only for pages that had a worker when they loaded; handled above.
    onNeedReload: () => undefined,
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    onRegisterError: (error: unknown) => console.warn('Lede could not start offline support:', error),
  });
}

/**
 * On the first visit the stories and config were fetched before the worker existed, so it never
 * saw them. Once it takes control, fetch them again through it (the HTTP cache mostly answers).
 */
function keepEarlyRequestsOnFirstVisit(): void {
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      const urls = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => DATA_REQUEST.test(new URL(url).pathname + new URL(url).search));
      for (const url of new Set(urls)) fetch(url).catch(() => undefined);
    },
    { once: true },
  );
}
