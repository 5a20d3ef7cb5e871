import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const LEAD_STORY = '2026-11-05-kihara-jonson-stockholm';
export const LEAD_TITLE = /Japan and Sweden pledge closer defence ties/;

/** Serves config.json as a deployment would: null is the bundled corpus, a string a backend. */
export async function useBackend(page: Page, apiBaseUrl: string | null): Promise<void> {
  await page.route('**/config.json', (route) => route.fulfill({ json: { apiBaseUrl } }));
}

/**
 * Waits until the reader has taken over the page. Prerendered HTML paints before the reader's code
 * runs, and a click or key before then reaches plain HTML; the search box is the reader's own,
 * rendered with its shortcuts once it has hydrated (src/app/reader-actions.tsx).
 */
export async function readerReady(page: Page): Promise<void> {
  await expect(page.getByRole('searchbox', { name: 'Search stories' })).toBeVisible();
}

/** Picks the theme through the header button, the way a reader would. */
export async function chooseTheme(page: Page, theme: 'Light' | 'Dark'): Promise<void> {
  await readerReady(page);
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  for (let i = 0; i < 3; i += 1) {
    if ((await toggle.getAttribute('aria-label'))?.startsWith(`Theme: ${theme}.`)) return;
    await toggle.click();
  }
  await expect(toggle).toHaveAttribute('aria-label', new RegExp(`^Theme: ${theme}\\.`));
}

/**
 * axe-core 4.14, a direct dev dependency, injected into @axe-core/playwright 4.13 (whose own 4.14
 * needs Node 22). Its version is checked on every run, so a lockfile change cannot swap it silently.
 */
export const AXE_VERSION = '4.14.1';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Every rule axe-core turns on by default (WCAG A and AA, best practices), not only the WCAG tags,
 * plus label-content-name-mismatch (WCAG 2.5.3), which axe still ships as experimental and off.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  expect(results.testEngine.version).toBe(AXE_VERSION);
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Screenshots land in test-results/ with the project (desktop/mobile) in the name. */
export async function snapshot(page: Page, info: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: info.outputPath(`${info.project.name}-${name}.png`), fullPage: false });
}

/** Whether Trusted Types refuse a plain string at innerHTML on this page (the CSP is enforced). */
export function innerHtmlRefused(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<img src=x>';
      return false;
    } catch {
      return true;
    }
  });
}
