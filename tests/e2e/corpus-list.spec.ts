import { expect, test, type Page } from '@playwright/test';

async function useBackend(page: Page, apiBaseUrl: string | null) {
  await page.route('**/config.json', (route) => route.fulfill({ json: { apiBaseUrl } }));
}

for (const backend of [null, '/api'] as const) {
  test.describe(`with ${backend ? 'the dev API' : 'the bundled corpus'}`, () => {
    test.beforeEach(async ({ page }) => {
      await useBackend(page, backend);
    });

    test('lists the corpus newest first, pages on, and opens a story', async ({ page }, info) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
      await expect(page.getByText(/^\d+ stories/)).toBeVisible();
      const cards = page.getByRole('article');
      await expect(cards).toHaveCount(20);

      const times = await page
        .locator('article time')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime') ?? ''));
      const sorted = [...times].sort((a, b) => Date.parse(b) - Date.parse(a));
      expect(times).toEqual(sorted);

      await page.getByRole('button', { name: 'Load more' }).click();
      await expect.poll(() => cards.count()).toBeGreaterThan(20);

      await page.getByRole('link', { name: /Japan and Sweden pledge closer defence ties/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: /Japan and Sweden pledge/ })).toBeVisible();
      await expect(page.getByText('Image Credits')).toHaveCount(0);
      await page.screenshot({ path: info.outputPath(`story-${backend ? 'api' : 'fixture'}.png`), fullPage: true });

      const dataPath = backend ? '/api/articles' : '/data/articles.json';
      expect(requests.some((path) => path.startsWith(dataPath))).toBe(true);
    });
  });
}

test('a missing story shows a not-found view with a way back', async ({ page }) => {
  await page.goto('/articles/no-such-story');
  await expect(page.getByRole('heading', { name: 'Story not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the latest stories' }).click();
  await expect(page.getByRole('heading', { name: 'Latest stories' })).toBeVisible();
});

test('a broken config.json shows a message a person can act on', async ({ page }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ body: '{"apiBaseUrl": ', contentType: 'application/json' }),
  );
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Lede could not start' })).toBeVisible();
  await expect(page.getByText(/config.json is not valid JSON/)).toBeVisible();
});

test('a failing backend shows an error panel with Retry, not a blank page', async ({ page }) => {
  await useBackend(page, '/api');
  await page.route('**/api/articles?**', (route) =>
    route.fulfill({ status: 404, json: { error: { code: 'x', message: 'gone' } } }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The stories could not be loaded');
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lede' })).toBeVisible();
});
