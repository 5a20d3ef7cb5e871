import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { chooseTheme, expectNoAxeViolations, LEAD_STORY, LEAD_TITLE, snapshot } from './support';

test.use({ serviceWorkers: 'allow' });

/** The built service worker `vite preview` serves (it is smaller than the size that gets a .gz). */
const SW_FILE = 'dist/sw.js';

// The banner, not a region's own "offline, waiting" note under its skeleton.
const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'Showing stories saved on this device' });

/** The service worker controls the page, has cached the data it saw, and the query cache is saved. */
async function untilReadyOffline(page: Page, cacheNames: string[]): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect
    .poll(() =>
      page.evaluate(async (names) => {
        const counts = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).length));
        return counts.every((count) => count > 0);
      }, cacheNames),
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

/**
 * A reload while offline: Debian's Chromium 150 serves the new document from the service worker
 * but tells it navigator.onLine === true until the emulated connection changes again, so the
 * connection is cut once more for the new page (the reader then hears 'offline', as on a device).
 */
async function reloadOffline(context: BrowserContext, page: Page): Promise<void> {
  await page.reload();
  if (await page.evaluate(() => navigator.onLine)) {
    await context.setOffline(false);
    await context.setOffline(true);
  }
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
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
  await reloadOffline(context, page);
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

test('back online, the feed refreshes without a reload', async ({ page, context }, info) => {
  // config.json through the context, so the worker's own fetch of it is answered too.
  await context.route('**/config.json', (route) => route.fulfill({ json: { apiBaseUrl: '/api' } }));
  await page.goto('/');
  const firstStory = page.getByRole('list', { name: 'Latest stories' }).getByRole('heading', { level: 2 }).first();
  await expect(firstStory).toHaveText(/Adeyemi/);
  await untilReadyOffline(page, ['lede-data', 'lede-api']);
  await context.unroute('**/config.json');

  await goOffline(context, page);
  await reloadOffline(context, page);
  await expect(notice(page)).toBeVisible();
  await expect(firstStory).toHaveText(/Adeyemi/);
  await expectNoAxeViolations(page);
  await chooseTheme(page, 'Dark');
  await snapshot(page, info, 'offline-feed-dark');

  // While offline the backend got news; a reload would lose this mark.
  await page.evaluate(() => document.documentElement.setAttribute('data-same-page', ''));
  await context.route('**/api/articles?*', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { items: { title: string }[] };
    if (body.items[0]) body.items[0].title = 'Fresh: the news that arrived while you were away';
    await route.fulfill({ response, json: body });
  });
  await context.setOffline(false);
  await expect(notice(page)).toBeHidden();
  await expect(firstStory).toHaveText(/Fresh: the news that arrived/);
  await expect(page.locator('html[data-same-page]')).toHaveCount(1);
});

test('a new version is announced, and Reload applies it', async ({ page }, info) => {
  // Deploys a changed sw.js under the running server; one project only, so two runs never race.
  test.skip(info.project.name !== 'desktop', 'changes the served build; the phone layout is shot at 390x844 below');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The live region stays in place (empty); the prompt inside it shows in the top layer.
  const prompt = page.getByRole('status').filter({ hasText: 'Update available' });
  const title = prompt.getByText('Update available', { exact: true });
  await expect(title).toBeHidden();

  // Routes cannot reach the browser's own check for a new sw.js, so the file itself changes.
  const original = readFileSync(SW_FILE, 'utf8');
  try {
    writeFileSync(SW_FILE, `${original}\n// a newer build\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(title).toBeVisible();
  } finally {
    writeFileSync(SW_FILE, original);
  }
  await expect(prompt.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expectNoAxeViolations(page);
  await snapshot(page, info, 'update-prompt');
  await chooseTheme(page, 'Dark');
  await snapshot(page, info, 'update-prompt-dark');
  await page.setViewportSize({ width: 390, height: 844 });
  await snapshot(page, info, 'update-prompt-dark-phone');
  await chooseTheme(page, 'Light');
  await snapshot(page, info, 'update-prompt-phone');

  await page.evaluate(() => document.documentElement.setAttribute('data-old-page', ''));
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await expect(page.locator('html[data-old-page]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
  await expect(title).toBeHidden();
  const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
  expect(waiting).toBeNull();
});

test('the manifest makes Lede installable', async ({ page, request, context }) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href ?? '')).json()) as {
    name: string;
    short_name: string;
    display: string;
    start_url: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Lede', short_name: 'Lede', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, new URL(href ?? '', page.url())).href);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type'], icon.src).toContain(icon.type);
  }
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  // Playwright's contexts are incognito, which Chromium reports; nothing about the app may be.
  expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});
