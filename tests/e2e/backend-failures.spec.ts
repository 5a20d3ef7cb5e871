import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { armTripwire, expectClean, serveApi } from './hostile-support';

const STORY = {
  id: 'quay-story',
  title: 'The quay reopens',
  summary: 'After the storm.',
  source: { id: 'coast-news', name: 'Coast News' },
  publishedAt: '2026-11-20T10:00:00Z',
  topics: [],
  readingMinutes: 1,
  entities: [],
};
const PAGE = { items: [STORY], nextCursor: null, total: 1 };
const story = (page: Page) => page.getByRole('link', { name: STORY.title });

/** Only the feed's list is counted; the sidebar's entity list answers at once. */
async function backend(page: Page, feed: Parameters<typeof serveApi>[1]) {
  const seen = await serveApi(page, (url, route) =>
    url.pathname === '/api/articles' ? feed(url, route) : route.fulfill({ json: { items: [] } }),
  );
  return () => seen.filter((url) => url.pathname === '/api/articles').length;
}

test('connection refused: three attempts for the feed in all, then an error', async ({ page }) => {
  const requests = await backend(page, (_url, route) => route.abort('connectionrefused'));
  await page.goto('/');
  await expect(page.getByText(/could not be reached \(after 3 attempts\)/)).toBeVisible({ timeout: 15_000 });
  await page.waitForTimeout(1500);
  expect(requests()).toBe(3);
});

test('connection refused on a story page and its entity: three attempts each, in all', async ({ page }) => {
  const seen = await serveApi(page, (_url, route) => route.abort('connectionrefused'));
  const count = (path: string) => seen.filter((url) => url.pathname === path).length;
  await page.goto('/articles/quay-story');
  await expect(page.getByText(/could not be reached \(after 3 attempts\)/).first()).toBeVisible({ timeout: 15_000 });
  await page.waitForTimeout(1500);
  expect(count('/api/articles/quay-story')).toBe(3);
  await page.goto('/entities/rui-matos');
  await expect(page.getByText(/could not be reached \(after 3 attempts\)/).first()).toBeVisible({ timeout: 15_000 });
  await page.waitForTimeout(1500);
  expect(count('/api/entities/rui-matos')).toBe(3);
});

test('503 with Retry-After in seconds: the second attempt waits it out', async ({ page }) => {
  const times: number[] = [];
  await backend(page, (_url, route) => {
    times.push(Date.now());
    return times.length === 1
      ? route.fulfill({
          status: 503,
          headers: { 'Retry-After': '2' },
          json: { error: { code: 'x', message: 'Busy.' } },
        })
      : route.fulfill({ json: PAGE });
  });
  await page.goto('/');
  await expect(story(page)).toBeVisible({ timeout: 10_000 });
  expect(times).toHaveLength(2);
  expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(2000);
});

test('a slow backend that answers in 8 s wins; meanwhile the feed says it is still loading', async ({ page }) => {
  test.setTimeout(30_000);
  const requests = await backend(page, async (_url, route) => {
    await new Promise((resolve) => setTimeout(resolve, 8000));
    await route.fulfill({ json: PAGE });
  });
  await page.goto('/');
  await expect(page.getByText('Still loading…')).toBeVisible({ timeout: 6000 });
  await expect(story(page)).toBeVisible({ timeout: 12_000 });
  expect(requests()).toBe(1);
});

test('a redirect to another origin is refused, and its data never shown', async ({ page }) => {
  const tripped = await armTripwire(page);
  // Another origin on loopback (its own port), willing to answer any page (CORS *).
  let served = 0;
  const elsewhere = createServer((_req, res) => {
    served += 1;
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(JSON.stringify(PAGE));
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  const { port } = elsewhere.address() as AddressInfo;
  try {
    await backend(page, (_url, route) =>
      route.fulfill({ status: 302, headers: { location: `http://127.0.0.1:${port}/news/articles` } }),
    );
    await page.goto('/');
    // The static build's own policy (meta CSP, connect-src) refuses the hop before the browser makes
    // it, so the other origin is never asked and the reader cannot reach its service; a page without
    // that policy follows the redirect and the reader refuses the answer by its origin.
    await expect(
      page.getByText(/could not be reached|redirected the request for the story list to another site/),
    ).toBeVisible({ timeout: 20_000 });
    await expect(story(page)).toHaveCount(0);
    expect(served).toBeLessThanOrEqual(1);
    await expectClean(page, tripped);
  } finally {
    await new Promise((resolve) => elsewhere.close(resolve));
  }
});

test('offline at start: nothing is asked, the reader says so, and the feed arrives soon after reconnecting', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const state = window as unknown as { __online: boolean };
    state.__online = false;
    Object.defineProperty(Navigator.prototype, 'onLine', { get: () => state.__online, configurable: true });
  });
  const requests = await backend(page, (_url, route) => route.fulfill({ json: PAGE }));
  await page.goto('/');
  await expect(
    page.getByText('You are offline. Waiting for a connection…').filter({ visible: true }).first(),
  ).toBeVisible();
  await page.waitForTimeout(1000);
  expect(requests()).toBe(0);
  const reconnected = Date.now();
  await page.evaluate(() => {
    (window as unknown as { __online: boolean }).__online = true;
    window.dispatchEvent(new Event('online'));
  });
  await expect(story(page)).toBeVisible({ timeout: 2500 });
  test.info().annotations.push({ type: 'reconnect', description: `${Date.now() - reconnected} ms` });
  expect(requests()).toBe(1);
});
