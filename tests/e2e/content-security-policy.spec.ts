import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test } from '@playwright/test';
import { startServer, type ServerProcess } from './server-process';
import { innerHtmlRefused, LEAD_STORY, LEAD_TITLE } from './support';

const expect = baseExpect.configure({ timeout: 20_000 });
// A hundred above the e2e port, so this server never meets the preview server Playwright starts
// (LEDE_E2E_SERVER_PORT picks another where that one is taken).
const PORT = Number(process.env.LEDE_E2E_SERVER_PORT ?? Number(process.env.LEDE_E2E_PORT ?? 4391) + 100);
const ADMIN_TOKEN = 'a-token-for-the-csp-journey';
const PICTURE = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'icons', 'icon-192.png'));
const PROXIED_STORY = 'a-story-whose-image-is-elsewhere';

/** A story as a feed on another host would bring it: its picture on that host. */
function storyWithImageAt(url: string) {
  return {
    id: PROXIED_STORY,
    title: 'A harbour story with its picture elsewhere',
    summary: 'The picture lives on another host.',
    body: ['The picture lives on another host, and the reader never calls it.'],
    source: { id: 'harbour-wire', name: 'Harbour Wire' },
    publishedAt: '2026-11-30T08:00:00Z',
    topics: [],
    readingMinutes: 1,
    entities: [],
    image: { url, alt: 'Cranes at dawn' },
  };
}

declare global {
  interface Window {
    cspViolations: string[];
  }
}

test.describe('the reader under the Lede server CSP and Trusted Types', () => {
  test.skip(({ isMobile }) => isMobile, 'the policy does not depend on the viewport');
  // The service worker's registration is one of the sinks Trusted Types guards.
  test.use({ serviceWorkers: 'allow' });
  test.setTimeout(120_000);

  let dataDir = '';
  let server: ServerProcess | undefined;
  let images: Server | undefined;
  let imageRequests = 0;
  test.beforeAll(async () => {
    // The embedded database's first start (initdb and the seed) is slow on a busy machine.
    test.setTimeout(120_000);
    dataDir = await mkdtemp(join(tmpdir(), 'lede-e2e-csp-'));
    images = createServer((_request, response) => {
      imageRequests += 1;
      response.writeHead(200, { 'content-type': 'image/png' }).end(PICTURE);
    });
    await new Promise<void>((done) => images?.listen(0, '127.0.0.1', done));
    server = await startServer(
      { LEDE_DATA_DIR: dataDir, LEDE_ADMIN_TOKEN: ADMIN_TOKEN, LEDE_ALLOW_PRIVATE_NETWORK: '1' },
      PORT,
    );
    const imageUrl = `http://127.0.0.1:${(images.address() as { port: number }).port}/cranes.png`;
    const written = await fetch(`${server.url}api/admin/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ articles: [storyWithImageAt(imageUrl)] }),
    });
    expect(written.status).toBe(200);
  });
  test.afterAll(async () => {
    await server?.stop();
    await new Promise((done) => images?.close(done));
    await rm(dataDir, { recursive: true, force: true });
  });

  test('feed, story, entity page and settings run with no violation, no console error, no foreign request', async ({
    page,
  }) => {
    const origin = new URL(server?.url ?? '').origin;
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
    });
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
      });
    });

    const response = await page.goto(origin);
    expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
    await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search stories' }).fill('pledge');
    await page.getByRole('link', { name: LEAD_TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${LEAD_STORY}`));
    await expect(page.getByRole('heading', { level: 1, name: LEAD_TITLE })).toBeVisible();
    // The entity worker starts on a story: its URL passes the default policy.
    await page.waitForTimeout(1500);
    // A page the server rendered carries the header's policy alone, naming its own inline scripts:
    // the build's meta tag, made for the built page, is left out of it.
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);

    // A story image on another host comes through the server's proxy, from Lede's own origin.
    await page.goto(`${origin}/articles/${PROXIED_STORY}`);
    const picture = page.getByRole('img', { name: 'Cranes at dawn' });
    await expect(picture).toHaveAttribute('src', new RegExp(`^${origin}/api/media\\?url=`));
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(192);
    expect(imageRequests).toBe(1);

    // Opened from a link, the story is the server's rendered page, with its inline scripts.
    await page.goto(`${origin}/articles/${LEAD_STORY}`);
    await expect(page.getByRole('heading', { level: 1, name: LEAD_TITLE })).toBeVisible();
    await page.goto(`${origin}/entities/north-atlantic-treaty-organization`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto(`${origin}/settings`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The service worker registers under Trusted Types.
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? ''))
      .toBe(`${origin}/sw.js`);

    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);

    // The listener is live: a string reaching innerHTML is refused and reported.
    expect(await innerHtmlRefused(page)).toBe(true);
    await expect.poll(() => page.evaluate(() => window.cspViolations.join())).toContain('trusted-types-sink');
  });
});
