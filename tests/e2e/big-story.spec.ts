import { expect, test, type Page } from '@playwright/test';
import { hugeParagraph, manyEntities, manyMentions, SENTINEL } from '../../scripts/bench-big-story/big-stories';
import { serveBigStories } from '../../scripts/bench-big-story/serve-stories';
import { expectNoAxeViolations } from './support';

// Oversized stories must stay bounded in what they put in the page. Timings are the benchmark's
// business (npm run bench:big-story); these are counts, which do not depend on the machine.

// A trace snapshots the DOM at every step, which for ten thousand marks costs more than the page
// itself; and a loaded CI machine needs room to build these pages at all.
test.use({ trace: 'off' });
test.describe.configure({ timeout: 60_000 });

const count = (page: Page, selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector);
const elementsBesidesMarks = (page: Page) =>
  page.evaluate(() => document.getElementsByTagName('*').length - document.querySelectorAll('mark').length);

async function openStory(page: Page, id: string) {
  await page.goto(`/articles/${id}`);
  // The body arrives a batch at a time; the last paragraph says it is all there. A text locator
  // would scan a megabyte of text on every poll, so only the last paragraphs are looked at.
  await page.waitForFunction(
    (sentinel) =>
      [...document.querySelectorAll('[data-current-story] p')].slice(-3).some((p) => p.textContent === sentinel),
    SENTINEL,
    { polling: 250, timeout: 20_000 },
  );
}

test('10,000 entities: the sidebar shows the top 8 per type, and "Show all" is virtualized', async ({ page }, info) => {
  const story = manyEntities();
  await serveBigStories(page, [story]);
  await openStory(page, story.article.id);

  await expect(page.locator('mark')).toHaveCount(10_000);
  expect(await count(page, 'li[data-follow-scope]')).toBe(4 * 8);
  expect(await elementsBesidesMarks(page)).toBeLessThan(2_000);

  if (info.project.name === 'mobile') await page.locator('summary', { hasText: 'People and places' }).click();
  // Role queries over ten thousand marks are slow; the group is found by its heading's id instead.
  const people = page.locator('section[aria-labelledby$="-person"]');
  await people.getByRole('button', { name: 'Show all 2,500 people' }).click();
  const rows = people.getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  const shown = await rows.count();
  expect(shown).toBeGreaterThan(8);
  expect(shown).toBeLessThan(60);
  await expect(rows.first()).toHaveAttribute('aria-setsize', '2500');

  // Scrolling the list swaps rows in rather than adding all of them. Rows are measured as they
  // appear, so the list's height settles over a few scrolls to its end.
  const box = people.locator('.overflow-y-auto');
  await expect(async () => {
    await box.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect(people.getByRole('link', { name: 'Delegate 09997', exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  expect(await rows.count()).toBeLessThan(60);

  await people.getByRole('button', { name: 'Show fewer' }).click();
  expect(await count(page, 'li[data-follow-scope]')).toBe(4 * 8);
});

test('one entity with 10,000 mentions: hovering a mark lights up every mention and opens its card', async ({
  page,
}, info) => {
  test.skip(info.project.name === 'mobile', 'hover is a pointer journey');
  const story = manyMentions();
  await serveBigStories(page, [story]);
  await openStory(page, story.article.id);

  const first = page.locator('mark[data-entity-id="nato"]').first();
  await expect(first).toHaveAccessibleName('NATO (North Atlantic Treaty Organization), organization: show details');
  await first.hover();
  await expect(page.getByRole('dialog', { name: 'North Atlantic Treaty Organization' })).toBeVisible();
  await expect(page.locator('mark[data-entity-id="nato"][data-highlighted]')).toHaveCount(10_000);
  await expect(page.locator('mark[data-highlighted]:not([data-entity-id="nato"])')).toHaveCount(0);
  expect(await elementsBesidesMarks(page)).toBeLessThan(1_000);
});

test('a 1 MB paragraph is cut into pieces at spaces, with all its text and marks', async ({ page }) => {
  const story = hugeParagraph();
  await serveBigStories(page, [story]);
  await openStory(page, story.article.id);

  const paragraph = page.locator('[data-current-story] p', { hasText: /^Geneva The committee/ });
  const pieces = await paragraph.locator(':scope > span').count();
  expect(pieces).toBeGreaterThan(200);
  expect(await paragraph.evaluate((p) => p.textContent?.length)).toBe(story.article.body[0]?.length);
  await expect(paragraph.locator('mark')).toHaveCount(story.article.entities[0]?.mentions.length ?? -1);
  expect(await elementsBesidesMarks(page)).toBeLessThan(1_000);
});

test('axe finds nothing in a virtualized "Show all" list', async ({ page }, info) => {
  const story = manyEntities(600);
  await serveBigStories(page, [story]);
  await openStory(page, story.article.id);
  if (info.project.name === 'mobile') await page.locator('summary', { hasText: 'People and places' }).click();
  await page.getByRole('button', { name: 'Show all 150 people' }).click();
  await expect(page.locator('li[aria-setsize="150"]').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
