import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { innerHtmlRefused, LEAD_STORY, LEAD_TITLE } from './support';

const expect = baseExpect.configure({ timeout: 20_000 });
const DIST = join(import.meta.dirname, '..', '..', 'dist');

/**
 * The static build as a CDN would serve it (vite preview: no CSP header), so the only policy is
 * the meta tag `npm run build` wrote into each page. Every frame reports its violations here.
 */
async function watch(page: Page) {
  const violations: string[] = [];
  const errors: string[] = [];
  await page.exposeFunction('reportViolation', (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (line: string) => void }).reportViolation;
      void report(`${location.pathname}: ${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  page.on('console', (message) => {
    // The demo portal has no icon of its own, so the browser asks for /favicon.ico: not Lede's request.
    if (message.type() !== 'error' || message.location().url.endsWith('/favicon.ico')) return;
    errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { violations, errors };
}

const metaPolicy = (page: Page) =>
  page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content', { timeout: 5000 });

test.describe('the static build under its meta Content Security Policy', () => {
  test.skip(({ isMobile }) => isMobile, 'the policy does not depend on the viewport');
  test.use({ serviceWorkers: 'allow' });
  test.setTimeout(120_000);

  test('feed, story, entity, settings, sources and the embed demo run with no violation or console error', async ({
    page,
    baseURL,
  }) => {
    const { violations, errors } = await watch(page);
    // First, a prerendered story's own page, as a host serving dist/articles/ID/index.html sends it
    // (vite preview answers index.html): its inline scripts are allowed by its own hashes. Before
    // the service worker is in, which would answer the navigation from its precache.
    const storyPage = join(DIST, 'articles', LEAD_STORY, 'index.html');
    await page.route(`**/articles/${LEAD_STORY}`, (route) =>
      route.fulfill({ path: storyPage, contentType: 'text/html' }),
    );
    await page.goto(`/articles/${LEAD_STORY}`);
    await expect(page.getByRole('heading', { level: 1, name: LEAD_TITLE })).toBeVisible();
    expect(await metaPolicy(page)).toContain("script-src 'self' 'sha256-");
    await page.unrouteAll();

    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    const policy = await metaPolicy(page);
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('frame-ancestors');
    // Scripts from Lede's origin and the page's own inline scripts by hash, never 'unsafe-inline'.
    expect(policy).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+; style-src 'self';/);
    await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();

    await page.getByRole('searchbox', { name: 'Search stories' }).fill('pledge');
    await page.getByRole('link', { name: LEAD_TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${LEAD_STORY}`));
    await expect(page.getByRole('heading', { level: 1, name: LEAD_TITLE })).toBeVisible();
    await expect(page.getByRole('img', { name: /Two flags/ })).toBeVisible();

    for (const path of ['/entities/north-atlantic-treaty-organization', '/settings', '/sources']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? ''))
      .toBe(`${baseURL}/sw.js`);

    await page.goto('/embed-demo.html');
    await expect(page.locator('#column').getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
    const frame = page.frameLocator('#frame');
    await expect(frame.getByRole('heading', { level: 1 }).first()).toBeVisible();
    expect(await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain(
      "require-trusted-types-for 'script'",
    );

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);

    // The policy is live: a string reaching innerHTML is refused and reported.
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await innerHtmlRefused(page)).toBe(true);
    await expect.poll(() => violations.join()).toContain('trusted-types-sink');
  });
});
