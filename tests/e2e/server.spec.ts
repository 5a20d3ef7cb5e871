import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { freePort, startServer, type ServerProcess } from './server-process';
import { LEAD_STORY, LEAD_TITLE, snapshot } from './support';

// The first queries of a freshly opened PGlite are slow on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });
const TOKEN = 'e2e-admin-token-0123456789';
const LATE_TITLE = 'Written while Lede ran: stories outlive the process';
const feedCount = (page: Page) => page.getByRole('main').locator('header p[aria-live="polite"]').first();

test.describe('the Lede server (npm start) on the embedded database', () => {
  test.skip(({ isMobile }) => isMobile, 'one journey: the server does not depend on the viewport');
  test.setTimeout(180_000);

  let dataDir = '';
  let server: ServerProcess | undefined;
  test.beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lede-e2e-data-'));
  });
  test.afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('feed, story sidebar and NATO from PGlite; after a restart the stories and the reading state are there', async ({
    page,
    request,
  }, info) => {
    const port = await freePort();
    const env = { LEDE_DATA_DIR: dataDir, LEDE_ADMIN_TOKEN: TOKEN };
    server = await startServer(env, port);
    expect(server.output()).toContain(`data directory  ${dataDir}`);
    expect(server.output()).toMatch(/stories +40 \(seeded 40 from /);

    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
    await expect(feedCount(page)).toHaveText('40 stories');
    await snapshot(page, info, 'server-feed');
    // The seed story is from November 5th, below the fold: the search finds it in the database.
    await page.getByRole('searchbox', { name: 'Search stories' }).fill('pledge');
    await expect(page).toHaveURL(/[?&]q=pledge/);
    await expect(page.getByRole('link', { name: LEAD_TITLE })).toBeVisible();

    await page.getByRole('link', { name: LEAD_TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${LEAD_STORY}\\?q=pledge$`));
    const sidebar = page.getByRole('complementary').filter({ hasText: 'Minoru Kihara' }).first();
    await expect(sidebar.getByRole('link', { name: 'Minoru Kihara', exact: true })).toBeVisible();
    await page.getByRole('button', { name: /^Save / }).click();
    await expect(page.getByRole('button', { name: /^Saved? / })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Mark unread' })).toBeVisible();

    await page.goto(new URL('/entities/north-atlantic-treaty-organization', server.url).href);
    await expect(page.getByRole('heading', { level: 1, name: 'North Atlantic Treaty Organization' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 }).locator('time').first()).toBeVisible();
    await snapshot(page, info, 'server-nato');

    // A story that only the database has: it must outlive the process, not come back from the seed.
    const lead = await (await request.get(new URL(`/api/articles/${LEAD_STORY}`, server.url).href)).json();
    const { image: _image, ...rest } = lead as Record<string, unknown>;
    const late = { ...rest, id: 'written-while-running', title: LATE_TITLE, publishedAt: '2026-12-01T09:00:00Z' };
    const write = await request.post(new URL('/api/admin/articles', server.url).href, {
      headers: { authorization: `Bearer ${TOKEN}` },
      data: { articles: [late] },
    });
    expect(await write.json()).toEqual({ written: ['written-while-running'], repaired: [], refused: [] });

    expect(await server.stop('SIGINT')).toBe(0);
    expect(server.output()).toContain('Stopped.');
    await expect(page.request.get(server.url)).rejects.toThrow();

    server = await startServer(env, port);
    expect(server.output()).toMatch(/stories +41\n/);
    const health = await (await request.get(new URL('/api/health', server.url).href)).json();
    expect(health).toEqual({ ok: true, engine: 'pglite', schemaVersion: expect.any(Number), articleCount: 41 });
    // A query the reader has not cached (its feed of a minute ago is still fresh to it): the database answers.
    await page.goto(new URL('/?q=outlive', server.url).href);
    await expect(feedCount(page)).toHaveText('1 story');
    await expect(page.getByRole('link', { name: LATE_TITLE })).toBeVisible();
    await page.getByRole('link', { name: /^Saved/ }).click();
    await expect(page.getByRole('link', { name: LEAD_TITLE })).toBeVisible();
    await page.getByRole('link', { name: LEAD_TITLE }).click();
    await expect(page.getByRole('button', { name: 'Mark unread' })).toBeVisible();
    await snapshot(page, info, 'server-after-restart');
  });
});
