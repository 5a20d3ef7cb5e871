import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

export const LEAD_STORY = '2026-11-05-kihara-jonson-stockholm';
export const LEAD_TITLE = /Japan and Sweden pledge closer defence ties/;

/** Serves config.json as a deployment would: null is the bundled corpus, a string a backend. */
export async function useBackend(page: Page, apiBaseUrl: string | null): Promise<void> {
  await page.route('**/config.json', (route) => route.fulfill({ json: { apiBaseUrl } }));
}

/** Picks the theme through the header button, the way a reader would. */
export async function chooseTheme(page: Page, theme: 'Light' | 'Dark'): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  for (let i = 0; i < 3; i += 1) {
    if ((await toggle.getAttribute('aria-label'))?.startsWith(`Theme: ${theme}.`)) return;
    await toggle.click();
  }
  await expect(toggle).toHaveAttribute('aria-label', new RegExp(`^Theme: ${theme}\\.`));
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Screenshots land in test-results/ with the project (desktop/mobile) in the name. */
export async function snapshot(page: Page, info: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: info.outputPath(`${info.project.name}-${name}.png`), fullPage: false });
}
