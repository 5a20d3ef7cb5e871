import { expect, test, type Page } from '@playwright/test';
import { LEAD_STORY, LEAD_TITLE, readerReady, snapshot, useBackend } from './support';

/** The live result count under the feed's heading. */
const feedCount = (page: Page) => page.getByRole('main').locator('header p[aria-live="polite"]').first();

for (const backend of [null, '/api'] as const) {
  test.describe(`reader journeys on ${backend ? 'the dev API' : 'the bundled corpus'}`, () => {
    test.beforeEach(async ({ page }) => {
      await useBackend(page, backend);
    });

    test('search, filter by an entity, open a story, highlight mentions, open the entity page', async ({
      page,
    }, info) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
      await expect(feedCount(page)).toHaveText('40 stories');
      await snapshot(page, info, `feed-${backend ? 'api' : 'fixture'}`);

      await page.getByRole('searchbox', { name: 'Search stories' }).fill('Kestrel');
      await expect(page).toHaveURL(/[?&]q=Kestrel/);
      await expect(feedCount(page)).not.toHaveText('40 stories');
      await expect(feedCount(page)).toHaveText(/^\d+ stor(y|ies)$/);
      await page.getByRole('button', { name: /Remove filter: .*Kestrel/ }).click();
      await expect(page).not.toHaveURL(/q=/);

      const sidebar = page.getByRole('complementary', { name: 'People and places in these stories' });
      if (info.project.name === 'mobile') await sidebar.locator('summary').click();
      await sidebar.getByRole('link', { name: /Filter by Japan\b/ }).click();
      await expect(page).toHaveURL(/[?&]entity=japan/);
      await expect(feedCount(page)).toHaveText('18 stories');
      await page.getByRole('searchbox', { name: 'Search stories' }).fill('pledge');
      await expect(page).toHaveURL(/[?&]q=pledge/);
      await expect(page).toHaveURL(/[?&]entity=japan/);
      await expect(page.getByRole('link', { name: LEAD_TITLE })).toBeVisible();

      await page.getByRole('link', { name: LEAD_TITLE }).click();
      const heading = page.getByRole('heading', { level: 1, name: LEAD_TITLE });
      await expect(heading).toBeVisible();
      await expect(heading).toBeFocused();
      await expect(page).toHaveURL(new RegExp(`/articles/${LEAD_STORY}\\?.*entity=japan`));

      if (info.project.name === 'mobile') {
        await page.locator('summary', { hasText: /People and places \(\d+\)/ }).click();
      }
      const entry = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: 'Minoru Kihara', exact: true }) });
      await entry.hover();
      await expect(page.locator('mark[data-entity-id="minoru-kihara"][data-highlighted]')).toHaveCount(3);
      await snapshot(page, info, `story-highlight-${backend ? 'api' : 'fixture'}`);

      await page.getByRole('button', { name: 'Minoru Kihara, person: show details' }).first().focus();
      const card = page.getByRole('dialog');
      await expect(card).toContainText('Minoru Kihara');
      await expect(card).toContainText(/In \d+ stories/);
      await snapshot(page, info, `story-card-${backend ? 'api' : 'fixture'}`);
      await page.keyboard.press('Escape');
      await expect(card).toBeHidden();

      await entry.getByRole('link', { name: 'Minoru Kihara', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Minoru Kihara' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2 }).locator('time').first()).toBeVisible();
      await snapshot(page, info, `entity-${backend ? 'api' : 'fixture'}`);

      // The feed's first page comes with the prerendered HTML; the search, the filter and the story
      // are asked of the source the reader was given: the API, or the bundled files.
      const fromSource = backend
        ? (path: string) => path.startsWith('/api/articles')
        : (path: string) => path.startsWith('/data/') && path.endsWith('.json');
      expect(requests.some(fromSource)).toBe(true);
    });
  });
}

test('back from a story restores the feed scroll position', async ({ page }) => {
  await page.goto('/');
  await expect(feedCount(page)).toHaveText('40 stories');
  await readerReady(page);
  await page.evaluate(() => window.scrollTo(0, 1800));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
  // A story on screen: the virtual list also renders a few rows above and below the viewport.
  const onScreen = await links.evaluateAll((nodes) =>
    nodes.findIndex((node) => {
      const { top } = node.getBoundingClientRect();
      return top > 120 && top < window.innerHeight - 100;
    }),
  );
  const target = links.nth(onScreen);
  // Rows measured after the first paint can move the page (scroll anchoring): read it once settled.
  let settled = -1;
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => window.scrollY);
      const same = now === settled;
      settled = now;
      return same;
    })
    .toBe(true);
  const before = settled;
  await target.click();
  // Read the title from the story that opened: a row measured late can move under the pointer.
  await expect(page).toHaveURL(/\/articles\//);
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeAttached();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 150);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(before + 150);
  await expect(page.getByRole('link', { name: title })).toBeInViewport();
});

test('a deep link survives a reload', async ({ page }) => {
  await page.goto(`/articles/${LEAD_STORY}?entity=sweden`);
  await expect(page.getByRole('heading', { level: 1, name: LEAD_TITLE })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: LEAD_TITLE })).toBeVisible();
  await page.goto('/entities/north-atlantic-treaty-organization');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'North Atlantic Treaty Organization' })).toBeVisible();
});

test('bad feed params are ignored, not fatal', async ({ page }) => {
  await page.goto('/?entity=%3Cscript%3E&source=..%2F..&q=');
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
  await expect(feedCount(page)).toHaveText('40 stories');
});

for (const [path, heading] of [
  ['/articles/no-such-story', 'Story not found'],
  ['/entities/no-such-entity', 'Not found'],
  ['/no/such/page', 'Page not found'],
] as const) {
  test(`${path} shows a not-found view with a way back`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the latest stories' }).click();
    await expect(page.getByRole('heading', { name: 'Latest stories' })).toBeVisible();
  });
}

test('a broken config.json shows a message a person can act on', async ({ page }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ body: '{"apiBaseUrl": ', contentType: 'application/json' }),
  );
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Lede could not start' })).toBeVisible();
  await expect(page.getByText(/config.json is not valid JSON/)).toBeVisible();
});

test('a failing backend leaves the rest of the page usable, with Retry', async ({ page }) => {
  await useBackend(page, '/api');
  let failures = 1;
  await page.route('**/api/articles?**', (route) =>
    failures-- > 0 ? route.fulfill({ status: 404, json: { error: { code: 'x', message: 'gone' } } }) : route.fallback(),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The stories could not be loaded');
  await expect(page.getByRole('link', { name: 'Lede, latest stories' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search stories' })).toBeEditable();
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(feedCount(page)).toHaveText('40 stories');
});

test('no horizontal scrolling at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', `/articles/${LEAD_STORY}`, '/entities/minoru-kihara']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
