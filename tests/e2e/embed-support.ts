import { test as base, type Page } from '@playwright/test';
import { createServer } from 'node:http';

/**
 * Pages that are not Lede's: a plain server on another origin (port 4512 + the worker's parallel
 * index), each page registered by the test that uses it, holding only what a portal would write.
 */
export interface ForeignSite {
  serve: (path: string, body: string) => string;
}

export const test = base.extend<object, { foreign: ForeignSite }>({
  foreign: [
    // Playwright reads the fixtures a function needs from its first parameter; this one needs none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      const pages = new Map<string, string>();
      const server = createServer((request, response) => {
        const body = pages.get(request.url ?? '');
        response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(body ?? 'not found');
      });
      const port = 4512 + workerInfo.parallelIndex;
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      await use({
        serve: (path, body) => {
          pages.set(
            path,
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title></head><body>${body}</body></html>`,
          );
          return `http://localhost:${port}${path}`;
        },
      });
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    { scope: 'worker' },
  ],
});

/** The script tag of the README snippet, pointing at the built embed on Lede's origin. */
export function embedScript(baseURL: string): string {
  return `<script type="module" src="${baseURL}/embed/lede-reader.js"></script>`;
}

/**
 * Counts what a page holds on to: listeners on window and document, and observers still observing
 * something. Installed before any script runs, so the embed's additions and removals pass through it.
 */
export function trackResources(): void {
  const listeners = new Set<string>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (value: unknown) => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return 'none';
    if (!ids.has(value)) ids.set(value, (next += 1));
    return String(ids.get(value));
  };
  const captureOf = (options: unknown) =>
    typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture);
  for (const [where, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    const key = (type: string, listener: unknown, options: unknown) =>
      `${where} ${type} ${captureOf(options)} #${idOf(listener)}`;
    target.addEventListener = (
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: unknown,
    ) => {
      // A { once: true } listener removes itself when it fires; it is not a leak.
      if (!(options as { once?: boolean } | undefined)?.once) listeners.add(key(type, listener, options));
      if (listener) add(type, listener, options as AddEventListenerOptions);
    };
    target.removeEventListener = (
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: unknown,
    ) => {
      listeners.delete(key(type, listener, options));
      if (listener) remove(type, listener, options as EventListenerOptions);
    };
  }
  const observed = new Map<object, Set<unknown>>();
  for (const name of ['ResizeObserver', 'MutationObserver', 'IntersectionObserver'] as const) {
    const proto = window[name].prototype as {
      observe: (this: object, target: unknown, ...rest: unknown[]) => void;
      unobserve?: (this: object, target: unknown) => void;
      disconnect: (this: object) => void;
    };
    const { observe, unobserve, disconnect } = proto;
    proto.observe = function (target, ...rest) {
      observed.set(this, (observed.get(this) ?? new Set()).add(target));
      observe.call(this, target, ...rest);
    };
    if (unobserve) {
      proto.unobserve = function (target) {
        observed.get(this)?.delete(target);
        if (observed.get(this)?.size === 0) observed.delete(this);
        unobserve.call(this, target);
      };
    }
    proto.disconnect = function () {
      observed.delete(this);
      disconnect.call(this);
    };
  }
  Object.defineProperty(window, '__resources', {
    value: () => ({ listeners: [...listeners].sort(), observers: observed.size }),
  });
}

export interface Resources {
  listeners: string[];
  observers: number;
}

export async function resources(page: Page): Promise<Resources> {
  return page.evaluate(() => (window as unknown as { __resources: () => Resources }).__resources());
}
