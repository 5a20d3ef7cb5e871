import type { Page } from '@playwright/test';

// What React prints for a mismatch: in words in development, as error #418/#425 in production.
const MISMATCH = /hydrat|didn't match|did not match|Minified React error #(418|423|425)/i;

/** Console errors and page errors that say hydration did not match. */
export function collectMismatches(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (MISMATCH.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (MISMATCH.test(error.message)) problems.push(error.message);
  });
  return problems;
}

/**
 * Sums layout shifts from the very start of the page, before any of Lede's scripts run; also those
 * outside the stories pane (nav "Stories"), which settles its rows' heights on its own.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const win = window as unknown as { shifts: number; shiftsOutsidePane: number };
    win.shifts = 0;
    win.shiftsOutsidePane = 0;
    type Shift = { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] };
    const inPane = (node: Node | null | undefined) =>
      node instanceof Element && node.closest('nav[aria-label="Stories"]') !== null;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Shift[]) {
        if (entry.hadRecentInput) continue;
        win.shifts += entry.value;
        if (!entry.sources.every((source) => inPane(source.node))) win.shiftsOutsidePane += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift recorded since the page started (recordLayoutShifts). */
export function layoutShifts(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { shifts: number }).shifts);
}
