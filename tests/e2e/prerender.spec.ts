import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { collectMismatches, recordLayoutShifts } from './hydration-support';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

/**
 * vite preview answers every path with the feed's index.html; a host that serves each story's own
 * page (dist/articles/ID/index.html) is played here by answering the story's address with it.
 */
async function serveStoryPage(page: Page): Promise<string> {
  const id = readdirSync(join(DIST, 'articles')).sort()[0];
  if (!id) throw new Error('dist/articles holds no prerendered story: run npm run build');
  const html = readFileSync(join(DIST, 'articles', id, 'index.html'), 'utf8');
  await page.route(`**/articles/${id}`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  return id;
}

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });

  // vite preview answers every path with index.html, so only the feed's page is checked here;
  // a host serving dist/articles/ID/index.html gets each story's own (npm run bench:lcp does).
  test('the feed is in the HTML itself', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  });
});

test('hydrating the feed prints nothing, moves nothing and asks for no story data', async ({ page }) => {
  const problems = collectMismatches(page);
  await recordLayoutShifts(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/');
  // The search box is the reader's, rendered once it has taken over the page.
  await expect(page.getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('main').locator('time').first()).toHaveText(/ago|yesterday|last/);
  expect(problems).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
  expect(requests.filter((path) => /\/data\/(stories|search-index)/.test(path))).toEqual([]);
});

test('a reader with sepia and the largest text gets them from the first paint, with no shift', async ({ page }) => {
  const problems = collectMismatches(page);
  await page.addInitScript(() => {
    const settings = { textSize: 'largest', theme: 'sepia', density: 'comfortable' };
    localStorage.setItem('lede.reading', JSON.stringify({ version: 2, read: [], saved: [], following: [], settings }));
  });
  await recordLayoutShifts(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
  await expect(page.getByRole('searchbox')).toBeVisible();
  await expect(page.locator('[data-reader-root]')).toHaveClass(/theme-sepia/);
  expect(problems).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThanOrEqual(0.001);
});

test('a story opened from a link hydrates its own HTML at any width, asking for no story data', async ({
  page,
}, info) => {
  const problems = collectMismatches(page);
  await recordLayoutShifts(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const id = await serveStoryPage(page);
  await page.goto(`/articles/${id}`);
  const headline = page.getByRole('main').getByRole('heading', { level: 1 });
  await expect(headline).toBeVisible();
  // The element the page painted is the one the reader took over, not a fresh render.
  await headline.evaluate((element) => element.setAttribute('data-from-html', ''));
  await expect(page.getByRole('searchbox')).toBeVisible();
  await expect(page.locator('main h1[data-from-html]')).toHaveCount(1);
  if (info.project.name === 'desktop') {
    // Three panes: the story list comes in once the reader knows the screen is wide enough.
    await expect(page.getByRole('complementary', { name: 'People and places in this story' })).toBeVisible();
    await expect(page.locator('nav[aria-label="Stories"] li').first()).toBeVisible();
  } else {
    await expect(page.getByRole('complementary', { name: 'People and places in this story' })).toBeHidden();
  }
  expect(problems).toEqual([]);
  // The stories pane of the widest layout is rendered (not hydrated) once the reader knows the
  // screen; its own footer settling there is left out: the story and its sidebar must not move.
  expect(
    await page.evaluate(() => (window as unknown as { shiftsOutsidePane: number }).shiftsOutsidePane),
  ).toBeLessThanOrEqual(0.001);
  expect(requests.filter((path) => path.startsWith(`/data/stories/${id}`))).toEqual([]);
});

test('a filtered feed is not the prerendered feed: the reader renders it afresh, with no mismatch', async ({
  page,
}) => {
  const problems = collectMismatches(page);
  await page.goto('/?entity=minoru-kihara');
  await expect(page.getByRole('heading', { level: 1, name: 'Stories with Minoru Kihara' })).toBeVisible();
  // The first click is the reader's: nothing of the unfiltered HTML is left to swallow it.
  await page.getByRole('button', { name: 'Mark all in this view read' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Marked \d+ stories read/ })).toBeVisible();
  expect(problems).toEqual([]);
});
