import { expect, test } from '@playwright/test';
import { chooseTheme, expectNoAxeViolations, LEAD_STORY, snapshot } from './support';

const pages = [
  ['feed', '/'],
  ['story', `/articles/${LEAD_STORY}`],
  ['entity', '/entities/minoru-kihara'],
] as const;

for (const theme of ['Light', 'Dark'] as const) {
  for (const [name, path] of pages) {
    test(`axe finds no violations on the ${name} page in the ${theme.toLowerCase()} theme`, async ({ page }, info) => {
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
