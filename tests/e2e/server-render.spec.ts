import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { collectMismatches, layoutShifts, recordLayoutShifts } from './hydration-support';
import { startServer, type ServerProcess } from './server-process';
import { LEAD_STORY, LEAD_TITLE } from './support';

// The first queries of a freshly opened PGlite are slow on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });
// Beside the CSP suite's server (+100), never on the preview server's port.
const PORT = Number(process.env.LEDE_E2E_PORT ?? 4391) + 102;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const NATO = '/entities/north-atlantic-treaty-organization';
const LEAD_OPENING = /^Japan and Sweden have agreed to work more closely/;

/** Where and in what language the reader is: by default the machine's, which is the server's too. */
type Reader = { timezoneId?: string; locale?: string };

async function openPage(browser: Browser, viewport: typeof PHONE, javaScriptEnabled = true, reader: Reader = {}) {
  // The service worker as a reader gets it: it must not answer the page or its data.
  const context = await browser.newContext({ viewport, javaScriptEnabled, serviceWorkers: 'allow', ...reader });
  return { page: await context.newPage(), close: () => context.close() };
}

/** What goes wrong while the reader takes over the page: errors, mismatches and calls to the API. */
function watch(page: Page) {
  const errors: string[] = [];
  const api: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) api.push(`${url.pathname}${url.search}`);
  });
  return { errors, api, mismatches: collectMismatches(page) };
}

test.describe('pages the Lede server renders from its store', () => {
  test.skip(({ isMobile }) => isMobile, 'each test opens its own phone and desktop pages');
  // One server for the whole group: its tests run in one worker, one after another.
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(60_000);

  let dataDir = '';
  let server: ServerProcess | undefined;
  let origin = '';
  let newestTitle = '';
  test.beforeAll(async ({ request }, info) => {
    // The phone project skips every test here, but Playwright still runs the hook: a second
    // server on the same port would fail it while the desktop project's is up.
    if (info.project.use.isMobile) return;
    // The first start of a data directory creates the database and seeds it.
    test.setTimeout(120_000);
    dataDir = await mkdtemp(join(tmpdir(), 'lede-e2e-render-'));
    // A generous budget: two browsers and a build may share this machine's cores; the 300 ms
    // default and its fallback are the unit tests' (tests/server/rendered-pages.test.ts).
    server = await startServer({ LEDE_DATA_DIR: dataDir, LEDE_RENDER_BUDGET_MS: '3000' }, PORT);
    origin = new URL(server.url).origin;
    const newest = (await (await request.get(`${origin}/api/articles?limit=1`)).json()) as {
      items: { title: string }[];
    };
    newestTitle = newest.items[0]?.title ?? '';
  });
  test.afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('the first HTML holds the stories: feed, story and entity page read with scripts off', async ({
    browser,
    request,
  }) => {
    const html = await (await request.get(`${origin}/`)).text();
    expect(html).toContain('data-rendered-api="/api"');
    expect(html).toContain(newestTitle);

    const { page, close } = await openPage(browser, PHONE, false);
    await page.goto(`${origin}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('article').first()).toContainText(newestTitle);

    await page.goto(`${origin}/articles/${LEAD_STORY}`);
    await expect(page.getByRole('heading', { level: 1, name: LEAD_TITLE })).toBeVisible();
    await expect(page.getByRole('main').locator('p').filter({ hasText: LEAD_OPENING })).toBeVisible();

    await page.goto(`${origin}${NATO}`);
    await expect(page.getByRole('heading', { level: 1, name: 'North Atlantic Treaty Organization' })).toBeVisible();
    await close();
  });

  test('an unknown story answers 404, and the reader says it is not found', async ({ browser }) => {
    const { page, close } = await openPage(browser, PHONE);
    const response = await page.goto(`${origin}/articles/no-such-story`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Story not found' })).toBeVisible();
    await close();
  });

  // What each page's HTML already holds must never be asked for again. A story's related
  // stories and its previous/next (below the headline and body) are not waited for by the
  // render and load after hydration, as they do in the static build.
  const ANYTHING = /./;
  for (const [name, path, viewport, held] of [
    ['the feed on a desktop', '/', DESKTOP, ANYTHING],
    ['the feed on a phone', '/', PHONE, ANYTHING],
    ['a story on a phone', `/articles/${LEAD_STORY}`, PHONE, new RegExp(`^/api/articles/${LEAD_STORY}`)],
    ['an entity page on a phone', NATO, PHONE, /^\/api\/(entities\/|articles\?entity=north-atlantic)/],
  ] as const) {
    test(`hydrating ${name} prints nothing, moves nothing and asks for nothing it holds`, async ({ browser }) => {
      const { page, close } = await openPage(browser, viewport);
      const seen = watch(page);
      await recordLayoutShifts(page);
      await page.goto(`${origin}${path}`);
      // The search box is the reader's, rendered once it has taken over the page.
      await expect(page.getByRole('searchbox')).toBeVisible();
      // Anything the first view would still ask for goes out in the moment after hydrating.
      await page.waitForTimeout(1_000);
      expect(seen.mismatches).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(seen.api.filter((request) => held.test(request))).toEqual([]);
      expect(await layoutShifts(page)).toBeLessThanOrEqual(0.001);
      await close();
    });
  }

  // The server writes dates in its own zone and language only after hydration: a reader fourteen
  // hours east of it, reading German, hydrates the story and the entity page as they were sent.
  test('a reader in another time zone and language hydrates a story and an entity page with no mismatch', async ({
    browser,
  }) => {
    const { page, close } = await openPage(browser, PHONE, true, { timezoneId: 'Pacific/Kiritimati', locale: 'de-DE' });
    const seen = watch(page);
    for (const path of [`/articles/${LEAD_STORY}`, NATO]) {
      await page.goto(`${origin}${path}`);
      await expect(page.getByRole('searchbox')).toBeVisible();
      await page.waitForTimeout(500);
    }
    expect(seen.mismatches).toEqual([]);
    await close();
  });
});
