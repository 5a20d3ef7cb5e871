import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, LEAD_STORY, LEAD_TITLE, readerReady, snapshot } from './support';

const storyLinks = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
const feedReady = async (page: Page) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
  await expect(storyLinks(page).first()).toBeVisible();
  await readerReady(page);
};

test.describe('keyboard', () => {
  test.skip(({ isMobile }) => isMobile, 'keyboard shortcuts are for desktop');

  test('j/k move through the feed, o opens, s and m act on the story, u comes back to it', async ({ page }, info) => {
    await feedReady(page);
    const first = (await storyLinks(page).nth(0).textContent()) ?? '';
    const second = (await storyLinks(page).nth(1).textContent()) ?? '';
    await page.keyboard.press('j');
    await expect(page.getByRole('link', { name: first, exact: true })).toBeFocused();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect(page.getByRole('link', { name: second, exact: true })).toBeFocused();
    await snapshot(page, info, 'keyboard-focus');

    await page.keyboard.press('o');
    await expect(page.getByRole('heading', { level: 1, name: second })).toBeVisible();
    await page.keyboard.press('s');
    await expect(page.getByRole('button', { name: /^Saved? / })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Mark unread' })).toBeVisible();
    await page.keyboard.press('m');
    await expect(page.getByRole('button', { name: 'Mark read' })).toBeVisible();
    await page.keyboard.press('m');
    await expect(page.getByRole('button', { name: 'Mark unread' })).toBeVisible();

    await page.keyboard.press('u');
    await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
    await expect(page.getByRole('link', { name: second, exact: true })).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: second })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('link', { name: second, exact: true })).toBeFocused();
  });

  test('the help dialog lists every shortcut, closes with Escape and gives focus back', async ({ page }, info) => {
    await feedReady(page);
    const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    for (const key of ['j', 'k', 'o', 'u', '/', 's', 'm', 'f', '?'])
      await expect(dialog.locator('kbd').getByText(key, { exact: true })).toHaveCount(1);
    await expectNoAxeViolations(page);
    await snapshot(page, info, 'help-dialog');
    // Shortcuts are off behind the modal.
    await page.keyboard.press('j');
    await expect(page).toHaveURL(/\/$/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();

    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('?');
    await expect(dialog).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  test('a text field swallows no shortcut', async ({ page }) => {
    await feedReady(page);
    const search = page.getByRole('searchbox', { name: 'Search stories' });
    await page.keyboard.press('/');
    await expect(search).toBeFocused();
    await page.keyboard.type('jkosmfu?');
    await expect(search).toHaveValue('jkosmfu?');
    await expect(search).toBeFocused();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).toHaveURL(/\?q=jkosmfu/);
  });

  test('f follows the focused entity: on its page, in the sidebar and in its card', async ({ page }) => {
    await page.goto('/entities/minoru-kihara');
    await expect(page.getByRole('heading', { level: 1, name: 'Minoru Kihara' })).toBeVisible();
    await page.keyboard.press('f');
    await expect(page.getByRole('button', { name: 'Following Minoru Kihara' })).toHaveAttribute('aria-pressed', 'true');

    await page.goto(`/articles/${LEAD_STORY}`);
    const sidebar = page.getByRole('complementary', { name: 'People and places in this story' });
    await sidebar.getByRole('link', { name: 'Sweden', exact: true }).focus();
    await page.keyboard.press('f');
    await expect(sidebar.getByRole('button', { name: 'Following Sweden' })).toHaveAttribute('aria-pressed', 'true');
    await expect(sidebar.getByRole('button', { name: 'Following Minoru Kihara' })).toBeVisible();

    await page.getByRole('button', { name: 'Pal Jonson, person: show details' }).first().focus();
    const card = page.getByRole('dialog', { name: 'Pal Jonson' });
    await expect(card).toBeVisible();
    await page.keyboard.press('f');
    await expect(card.getByRole('button', { name: 'Following Pal Jonson' })).toHaveAttribute('aria-pressed', 'true');
  });
});

test('read, saved and followed survive a reload; Saved, Following and the followed feed show them', async ({
  page,
}, info) => {
  await feedReady(page);
  const title = (await storyLinks(page).nth(1).textContent()) ?? '';
  await storyLinks(page).nth(1).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: /^Save / }).click();
  await page.goto('/entities/minoru-kihara');
  await page.getByRole('button', { name: 'Follow Minoru Kihara' }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Following Minoru Kihara' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/');
  const opened = page.getByRole('heading', { level: 2 }).filter({ has: page.getByRole('link', { name: title }) });
  await expect(opened).not.toContainText('Unread');
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Unread');
  await snapshot(page, info, 'feed-unread');

  await page.getByRole('link', { name: /^Saved/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saved stories' })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expectNoAxeViolations(page);
  await snapshot(page, info, 'saved');

  await page.getByRole('link', { name: 'Following', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Following' })).toBeVisible();
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Minoru Kihara' }) });
  await expect(entry).toContainText(/\d+ unread · \d+ stories/);
  await expectNoAxeViolations(page);
  await snapshot(page, info, 'following');

  await page.getByRole('link', { name: 'Show their stories in the feed' }).click();
  await expect(page).toHaveURL(/following=1/);
  await expect(page.getByRole('heading', { level: 1, name: 'Stories about who you follow' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove filter: Who you follow' })).toBeVisible();
  await expect(storyLinks(page).first()).toBeVisible();
  const shown = await storyLinks(page).count();
  expect(shown).toBeGreaterThan(0);
});

test('"Mark all in this view read" can be undone', async ({ page }) => {
  await page.goto('/?entity=minoru-kihara');
  await expect(storyLinks(page).first()).toBeVisible();
  const headings = page.getByRole('main').getByRole('heading', { level: 2 });
  await page.getByRole('button', { name: 'Mark all in this view read' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Marked \d+ stories read/ })).toBeVisible();
  await expect(headings.filter({ hasText: 'Unread' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(headings.first()).toContainText('Unread');
});

test('with storage denied the reader still reads stories and says state will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    const deny = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: deny, configurable: true });
    Object.defineProperty(window, 'indexedDB', { get: deny, configurable: true });
  });
  await feedReady(page);
  await expect(page.getByRole('status').filter({ hasText: /last only for this visit/ })).toBeVisible();
  const title = (await storyLinks(page).first().textContent()) ?? '';
  await storyLinks(page).first().click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: /^Save / }).click();
  await expect(page.getByRole('button', { name: /^Saved / })).toHaveAttribute('aria-pressed', 'true');
});

test('settings apply at once, are kept, and sepia passes axe', async ({ page }, info) => {
  test.slow();
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Sepia' }).check();
  await page.getByRole('radio', { name: 'Largest' }).check();
  await page.getByRole('radio', { name: 'Compact' }).check();
  const root = page.locator('[data-reader-root]');
  await expect(root).toHaveClass(/\btheme-sepia\b/);
  await expect(root).toHaveAttribute('data-density', 'compact');
  await expectNoAxeViolations(page);
  await snapshot(page, info, 'settings-sepia-largest');

  await page.goto(`/articles/${LEAD_STORY}`);
  const paragraph = page.getByRole('article').locator('p.font-serif').last();
  const size = () => paragraph.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
  const largest = await size();
  await page.reload();
  await expect(root).toHaveClass(/\btheme-sepia\b/);
  expect(await size()).toBe(largest);
  // Settings are read before the first render, so nothing moves once the page has painted.
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
  console.log(
    `${info.project.name}: cumulative layout shift after a reload with sepia, largest text: ${shift.toFixed(4)}`,
  );
  expect(shift).toBeLessThan(0.1);
  await expectNoAxeViolations(page);
  await snapshot(page, info, 'story-sepia-largest');
  await page.goto('/');
  await expect(storyLinks(page).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await snapshot(page, info, 'feed-sepia-compact');

  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Default' }).check();
  await page.goto(`/articles/${LEAD_STORY}`);
  expect(await size()).toBeLessThan(largest / 1.3);
});

test('export downloads the state; a bad import changes nothing and says why', async ({ page }) => {
  await page.goto(`/articles/${LEAD_STORY}`);
  await expect(page.getByRole('heading', { level: 1, name: LEAD_TITLE })).toBeVisible();
  await page.goto('/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to a file' }).click();
  const file = await (await download).path();
  const { readFile } = await import('node:fs/promises');
  const exported = JSON.parse(await readFile(file, 'utf8')) as { version: number; read: string[] };
  expect(exported.version).toBe(2);
  expect(exported.read).toContain(LEAD_STORY);

  const input = page.getByLabel('Import from a file');
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version":2}') });
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported' })).toContainText('bad.json');
  const good = { ...exported, saved: [LEAD_STORY] };
  await input.setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(good)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported good.json' })).toContainText('1 saved');
  await expect(page.getByRole('link', { name: /^Saved \(1\)/ })).toBeVisible();
});

test('share copies the link where the Web Share API is missing', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.addInitScript(() => {
    Reflect.deleteProperty(Navigator.prototype, 'share');
  });
  await page.goto(`/articles/${LEAD_STORY}`);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/${LEAD_STORY}`);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on Settings, Saved and Following in the ${theme} theme`, async ({ page }, info) => {
    test.slow();
    await page.goto('/entities/minoru-kihara');
    await page.getByRole('button', { name: 'Follow Minoru Kihara' }).click();
    await page.goto('/settings');
    await page.getByRole('radio', { name: theme === 'light' ? 'Light' : 'Dark' }).check();
    await expectNoAxeViolations(page);
    await snapshot(page, info, `settings-${theme}`);
    for (const path of ['/saved', '/following']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('status', { name: /Loading|Counting/ })).toHaveCount(0);
      await expectNoAxeViolations(page);
      await snapshot(page, info, `${path.slice(1)}-${theme}`);
    }
  });
}
