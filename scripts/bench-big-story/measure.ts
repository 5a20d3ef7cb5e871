import type { Browser, Page } from '@playwright/test';
import { SENTINEL, type BigStory } from './big-stories';
import { armHover, installRecorder, type InPageState } from './in-page';
import { serveBigStories } from './serve-stories';

export interface StoryRun {
  /** From the data arriving to the headline, to the last paragraph, to no more long tasks. */
  shownMs: number;
  completeMs: number;
  interactiveMs: number;
  longTasks: number;
  longestTaskMs: number;
  blockedMs: number;
  domElements: number;
  marks: number;
  hoverMs: number;
}

export interface MeasureOptions {
  browser: Browser;
  baseUrl: string;
  story: BigStory;
  viewport: { width: number; height: number };
  cpuRate: number;
  /** How long the page must be free of long tasks to count as settled. */
  quietMs: number;
  timeoutMs: number;
}

const state = (page: Page) => page.evaluate(() => window.__bigStory as InPageState);

export async function measureStory(options: MeasureOptions): Promise<StoryRun> {
  const { browser, story, viewport } = options;
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  try {
    await serveBigStories(context, [story]);
    const page = await context.newPage();
    if (options.cpuRate > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuRate });
    }
    const articlePath = `/articles/${story.article.id}`;
    // tsx compiles with keepNames, so serialized functions call esbuild's __name helper.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.addInitScript(installRecorder, { articlePath, sentinel: SENTINEL });
    await page.goto(`${options.baseUrl}${articlePath}`);
    await page.waitForFunction(() => window.__bigStory?.completeAt != null, undefined, {
      timeout: options.timeoutMs,
      polling: 250,
    });
    await settle(page, options);
    const loaded = await state(page);
    const arrivedAt = loaded.arrivedAt ?? Number.NaN;
    const after = loaded.longTasks.filter(([start]) => start + 1 >= arrivedAt);
    const lastEnd = Math.max(0, ...after.map(([start, duration]) => start + duration));
    const dom = await page.evaluate(() => ({
      elements: document.getElementsByTagName('*').length,
      marks: document.querySelectorAll('mark').length,
    }));

    const mark = page.locator('[data-current-story] mark').first();
    await mark.scrollIntoViewIfNeeded();
    await settle(page, options);
    await page.evaluate(armHover);
    const box = await mark.boundingBox();
    if (!box) throw new Error(`${story.name}: the first mark has no box`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => window.__bigStory?.hover?.end != null, undefined, { timeout: options.timeoutMs });
    const hovered = await state(page);

    return {
      shownMs: (loaded.shownAt ?? Number.NaN) - arrivedAt,
      completeMs: (loaded.completeAt ?? Number.NaN) - arrivedAt,
      interactiveMs: Math.max(loaded.completeAt ?? Number.NaN, lastEnd) - arrivedAt,
      longTasks: after.length,
      longestTaskMs: Math.max(0, ...after.map(([, duration]) => duration)),
      blockedMs: after.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      domElements: dom.elements,
      marks: dom.marks,
      hoverMs: hovered.hover?.end != null ? hovered.hover.end - hovered.hover.start : Number.NaN,
    };
  } finally {
    await context.close();
  }
}

/** Waits until no long task has started for quietMs (the page is idle), or the timeout. */
async function settle(page: Page, options: MeasureOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    const quiet = await page.evaluate((quietMs) => {
      const tasks = window.__bigStory?.longTasks ?? [];
      const last = tasks.at(-1);
      return !last || performance.now() - (last[0] + last[1]) >= quietMs;
    }, options.quietMs);
    if (quiet) return;
    await page.waitForTimeout(200);
  }
}
