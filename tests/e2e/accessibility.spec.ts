import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, expectNoAxeViolations, LEAD_STORY, LEAD_TITLE, readerReady, snapshot } from './support';

/** Saved and Following are checked with something in them, not only their empty states. */
async function saveAndFollow(page: Page): Promise<void> {
  await page.goto(`/articles/${LEAD_STORY}`);
  await expect(page.getByRole('heading', { level: 1, name: LEAD_TITLE })).toBeVisible();
  await page.getByRole('button', { name: /^Save/ }).first().click();
  // Followed from the entity's page: on a phone the story's own Follow buttons sit in a closed <details>.
  await page.goto('/entities/minoru-kihara');
  await page.getByRole('button', { name: 'Follow Minoru Kihara' }).click();
  await expect(page.getByRole('button', { name: 'Following Minoru Kihara' })).toHaveAttribute('aria-pressed', 'true');
}

// Each page the reader has, by the link a reader would follow. A new page takes one line here:
// its name, its path, and optionally what to put in it first.
const pages: readonly { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] = [
  { name: 'feed', path: '/' },
  { name: 'story', path: `/articles/${LEAD_STORY}` },
  { name: 'entity', path: '/entities/minoru-kihara' },
  { name: 'settings', path: '/settings' },
  { name: 'saved', path: '/saved', prepare: saveAndFollow },
  { name: 'following', path: '/following', prepare: saveAndFollow },
  { name: 'sources', path: '/sources' },
];

for (const theme of ['Light', 'Dark'] as const) {
  for (const { name, path, prepare } of pages) {
    test(`axe finds no violations on the ${name} page in the ${theme.toLowerCase()} theme`, async ({ page }, info) => {
      await prepare?.(page);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await chooseTheme(page, theme);
      // Let skeletons resolve so the check sees the real page.
      await expect(page.getByRole('status', { name: /Loading/ })).toHaveCount(0);
      await expectNoAxeViolations(page);
      await snapshot(page, info, `${name}-${theme.toLowerCase()}`);
    });
  }
}

test('keyboard: the skip link leads to the content, and / focuses the search', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await readerReady(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search stories' })).toBeFocused();
});

test('the chosen theme is remembered across a reload', async ({ page }) => {
  await page.goto('/');
  await chooseTheme(page, 'Dark');
  await page.reload();
  await expect(page.getByRole('button', { name: /^Theme: Dark\./ })).toBeVisible();
});
