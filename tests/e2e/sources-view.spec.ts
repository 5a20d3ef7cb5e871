import { expect, test } from '@playwright/test';
import { chooseTheme, expectNoAxeViolations, snapshot, useBackend } from './support';

// The preview server's API (the Vite plugin) serves the bundled stories and takes no changes.
test('a read-only server: the operator manages the sources, and no controls are offered', async ({ page }, info) => {
  await useBackend(page, '/api');
  const listed = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/sources');
  await page.goto('/sources');
  expect(await (await listed).json()).toMatchObject({ writable: false });
  const main = page.getByRole('main');
  await expect(main.getByRole('list', { name: 'Sources' }).getByRole('listitem').first()).toBeVisible();
  await expect(main.getByText(/managed by its operator/)).toContainText('npm run lede -- sources add URL');
  await expect(main.getByLabel('Admin token')).toHaveCount(0);
  await expect(main.getByRole('heading', { name: 'Manage sources' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await snapshot(page, info, 'sources-read-only');
  await chooseTheme(page, 'Dark');
  await expectNoAxeViolations(page);
  await snapshot(page, info, 'sources-read-only-dark');
});

test('the bundled stories: the sources belong to a Lede server, their publishers listed', async ({ page }, info) => {
  await useBackend(page, null);
  await page.goto('/sources');
  const main = page.getByRole('main');
  await expect(main.getByText('Bundled with Lede: never fetched').first()).toBeVisible();
  await expect(main.getByText(/Feeds to subscribe to belong to a Lede server/)).toContainText('apiBaseUrl');
  await expect(main.getByLabel('Admin token')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await snapshot(page, info, 'sources-bundled');
});
