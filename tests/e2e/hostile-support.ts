import { expect, type Page, type Route } from '@playwright/test';

/**
 * Guards for a page fed hostile data: the tripwire records any alert, confirm, prompt or print
 * (and any dialog at all), and the DOM scan finds event-handler attributes and links or sources
 * that are not http(s). Written for Lede's e2e tests.
 */
export async function armTripwire(page: Page): Promise<() => Promise<string[]>> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`dialog ${dialog.type()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const tripped: string[] = [];
    (window as unknown as { __tripped: string[] }).__tripped = tripped;
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
      Object.defineProperty(window, name, { value: () => void tripped.push(name), configurable: false });
    }
  });
  return async () => [
    ...dialogs,
    ...(await page.evaluate(() => (window as unknown as { __tripped: string[] }).__tripped)),
  ];
}

/** Every on* attribute and every URL-bearing attribute whose resolved scheme is not http(s). */
export function scanDom(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset', 'data'];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) found.push(`${element.tagName} ${name}`);
        if (!urlAttributes.includes(name)) continue;
        const values =
          name === 'srcset'
            ? attribute.value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
            : [attribute.value];
        for (const value of values) {
          const protocol = new URL(value, document.baseURI).protocol;
          if (protocol !== 'http:' && protocol !== 'https:') found.push(`${element.tagName} ${name}=${protocol}`);
        }
      }
    }
    return found;
  });
}

/** Answers the API from a handler keyed by path and cursor; everything else under /api is a 404. */
export async function serveApi(page: Page, answer: (url: URL, route: Route) => Promise<void> | void): Promise<URL[]> {
  const seen: URL[] = [];
  await page.route('**/config.json', (route) => route.fulfill({ json: { apiBaseUrl: '/api' } }));
  await page.route('**/api/**', async (route) => {
    const url = new URL(route.request().url());
    seen.push(url);
    await answer(url, route);
  });
  return seen;
}

export async function expectClean(page: Page, tripped: () => Promise<string[]>): Promise<void> {
  expect(await tripped()).toEqual([]);
  expect(await scanDom(page)).toEqual([]);
}
