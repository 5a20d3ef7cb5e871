import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect as baseExpect, devices, test, type Page } from '@playwright/test';
import { startLoopbackWeb, type LoopbackWeb } from '../feeds/loopback-web';
import { freePort, startServer, type ServerProcess } from './server-process';
import { expectNoAxeViolations, snapshot } from './support';

// The first queries of a freshly opened PGlite are slow on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });
const TOKEN = 'e2e-feeds-token-0123456789';
const ROOT = resolve(import.meta.dirname, '../..');
const BRIDGE = 'Harbour bridge in Larkmoor reopens after two years of repairs';
const run = promisify(execFile);

/** `npm run lede -- ARGS` as a person types it, without npm's own start-up: the same tsx entry. */
async function lede(server: ServerProcess, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/lede.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, LEDE_URL: server.url, LEDE_ADMIN_TOKEN: TOKEN },
    timeout: 120_000,
  });
  return stdout;
}

async function openStory(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
  await page.getByRole('link', { name: BRIDGE }).click();
  await expect(page.getByRole('heading', { level: 1, name: BRIDGE })).toBeVisible();
}

test.describe('a feed from the command line to the reader', () => {
  test.skip(({ isMobile }) => isMobile, 'one journey; the phone screenshots come from a phone context inside it');
  test.setTimeout(240_000);

  let dataDir = '';
  let web: LoopbackWeb | undefined;
  let server: ServerProcess | undefined;
  test.beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lede-e2e-feeds-'));
    web = await startLoopbackWeb();
  });
  test.afterAll(async () => {
    await server?.stop();
    await web?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('sources add, refresh: the story is in the reader with its people and its original; removed, it stays', async ({
    page,
    browser,
  }, info) => {
    const site = web!;
    const env = { LEDE_DATA_DIR: dataDir, LEDE_ADMIN_TOKEN: TOKEN, LEDE_ALLOW_PRIVATE_NETWORK: '1' };
    const port = Number(process.env.LEDE_E2E_SERVER_PORT) || (await freePort());
    server = await startServer(env, port);
    const ready = server;

    // The site's home page names its feed; Lede finds it, as a person would paste the site's address.
    const added = await lede(ready, 'sources', 'add', site.url('/'), '--full-text', 'page');
    expect(added).toMatch(/^Added Larkmoor Gazette \(/);
    const id = /^Added .+? \(([\w-]+)\)/.exec(added)?.[1] ?? '';
    expect(id).not.toBe('');
    const refreshed = await lede(ready, 'refresh', id);
    expect(refreshed).toContain('Larkmoor Gazette');
    // The page of the story was fetched for its full text, not only the feed's summary.
    expect(site.requests).toContain('/news/stories/harbour-bridge-reopens.html');

    await openStory(page, ready.url);
    // Text that only the story's page carries: the full text came through, the boilerplate did not.
    const main = page.getByRole('main');
    await expect(main.getByText(/corrosion in the steel deck ran deeper/)).toBeVisible();
    await expect(main.getByRole('heading', { name: 'What changes for commuters' })).toBeVisible();
    await expect(main.getByText(/cookie policy/i)).toHaveCount(0);
    const sidebar = page.getByRole('complementary').filter({ hasText: 'Helena Strand' }).first();
    await expect(sidebar.getByRole('link', { name: 'Helena Strand', exact: true })).toBeVisible();
    await snapshot(page, info, 'feeds-story');

    const original = page.getByRole('link', { name: /Read the original at Larkmoor Gazette/ });
    await expect(original).toHaveAttribute('href', site.url('/news/stories/harbour-bridge-reopens.html'));
    await expect(original).toHaveAttribute('rel', 'noopener noreferrer');
    const [tab] = await Promise.all([page.waitForEvent('popup'), original.click()]);
    await expect(tab.getByRole('heading', { level: 1, name: BRIDGE })).toBeVisible();
    await tab.close();

    await page.goto(new URL('/sources', ready.url).href);
    const entry = page.getByRole('listitem', { name: 'Larkmoor Gazette' });
    await expect(entry.getByText('Fetched every 30 minutes')).toBeVisible();
    await expect(entry.getByText(/^\d+ stor(y|ies)$/)).toBeVisible();
    await expect(entry.getByRole('definition').filter({ hasText: /^none$/ })).toBeVisible();
    await snapshot(page, info, 'feeds-sources');

    // The same source managed in the reader with the token: refresh it, open its settings, axe clean.
    await page.getByLabel('Admin token').fill(TOKEN);
    await page.getByRole('button', { name: 'Turn on admin controls' }).click();
    await page.getByRole('button', { name: 'Refresh Larkmoor Gazette' }).click();
    await expect(page.getByText(/^Refreshed Larkmoor Gazette: /)).toBeVisible({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Edit Larkmoor Gazette' }).click();
    await expect(page.getByRole('form', { name: 'Edit Larkmoor Gazette' })).toBeVisible();
    await page.getByRole('button', { name: 'Remove Larkmoor Gazette' }).click();
    await expect(page.getByRole('group', { name: 'Remove Larkmoor Gazette?' })).toBeVisible();
    await expectNoAxeViolations(page);
    await snapshot(page, info, 'feeds-sources-admin');
    expect(page.url()).not.toContain(TOKEN);

    const phone = await browser.newContext({ ...devices['Pixel 7'], viewport: { width: 390, height: 844 } });
    const small = await phone.newPage();
    await openStory(small, ready.url);
    await small.screenshot({ path: info.outputPath('phone-feeds-story.png') });
    await small.goto(new URL('/sources', ready.url).href);
    await expect(small.getByRole('listitem', { name: 'Larkmoor Gazette' })).toBeVisible();
    await small.screenshot({ path: info.outputPath('phone-feeds-sources.png') });
    await phone.close();

    expect(await lede(ready, 'sources', 'remove', id)).toContain('stay readable');
    await page.goto(new URL('/sources', ready.url).href);
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    await expect(page.getByRole('listitem', { name: 'Larkmoor Gazette' })).toHaveCount(0);
    // A reload, not the reader's cache: the server still has the story and its people.
    await openStory(page, ready.url);
    await expect(page.getByRole('complementary').filter({ hasText: 'Helena Strand' }).first()).toBeVisible();
  });
});
