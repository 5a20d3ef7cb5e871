import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { LEAD_STORY, LEAD_TITLE, snapshot } from './support';

test.use({ serviceWorkers: 'allow' });

const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'You are offline' });

/** The service worker controls the page, has cached the data it saw, and the query cache is saved. */
async function untilReadyOffline(page: Page, caches: string[]): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect
    .poll(() =>
      page.evaluate(async (names) => {
        const counts = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).length));
        return counts.every((count) => count > 0);
      }, caches),
    )
    .toBe(true);
  await expect.poll(() => savedQueryCount(page)).toBeGreaterThan(0);
}

/** How many queries the reader has saved in IndexedDB. */
function savedQueryCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('lede');
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('cache')) return resolve(0);
          const get = db.transaction('cache').objectStore('cache').get('query-cache');
          get.onsuccess = () => {
            const saved =
              typeof get.result === 'string'
                ? (JSON.parse(get.result) as { clientState: { queries: unknown[] } })
                : null;
            resolve(saved?.clientState.queries.length ?? 0);
          };
          get.onerror = () => resolve(0);
        };
      }),
  );
}

/** Offline must cut the worker's own fetches too, or the test would prove nothing. */
async function expectWorkerCutOff(page: Page): Promise<void> {
  const result = await page.evaluate(() =>
    fetch(`/data/articles.json?probe=${Date.now()}`).then(
      (response) => `status ${response.status}`,
      () => 'failed',
    ),
  );
  expect(result).toBe('failed');
}

async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  await expectWorkerCutOff(page);
}

test('a story read online opens offline with its sidebar; the feed says it is offline', async ({
  page,
  context,
}, info) => {
  await page.goto(`/articles/${LEAD_STORY}`);
  await expect(page.getByRole('heading', { level: 1, name: LEAD_TITLE })).toBeVisible();
  await untilReadyOffline(page, ['lede-data']);

  await goOffline(context, page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: LEAD_TITLE })).toBeVisible();
  await expect(notice(page)).toBeVisible();
  if (info.project.name === 'mobile') await page.locator('summary', { hasText: /People and places \(\d+\)/ }).click();
  await expect(page.getByRole('link', { name: 'Minoru Kihara', exact: true })).toBeVisible();
  await snapshot(page, info, 'offline-story');

  await page.getByRole('link', { name: 'Lede, latest stories' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
  await expect(notice(page)).toBeVisible();
  // The whole bundled corpus came through the worker, so the feed is complete, not just this story.
  await expect(page.getByText('40 stories')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Latest stories' }).getByRole('article').first()).toBeVisible();
  await snapshot(page, info, 'offline-feed');

  await context.setOffline(false);
  await expect(notice(page)).toBeHidden();
});
