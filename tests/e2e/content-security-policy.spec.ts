import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test } from '@playwright/test';
import { startServer, type ServerProcess } from './server-process';
import { LEAD_STORY, LEAD_TITLE } from './support';

const expect = baseExpect.configure({ timeout: 20_000 });
// One above the e2e port, so this server never meets the preview server Playwright starts.
const PORT = Number(process.env.LEDE_E2E_PORT ?? 4391) + 100;

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
  test.beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lede-e2e-csp-'));
    server = await startServer({ LEDE_DATA_DIR: dataDir }, PORT);
  });
  test.afterAll(async () => {
    await server?.stop();
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
    const refused = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<img src=x>';
        return false;
      } catch {
        return true;
      }
    });
    expect(refused).toBe(true);
    await expect.poll(() => page.evaluate(() => window.cspViolations.join())).toContain('trusted-types-sink');
  });
});
