import { expect, test } from '@playwright/test';
import { LEAD_STORY, LEAD_TITLE, snapshot, useBackend } from './support';

const NOTE = 'Detected automatically from the text; names and roles may be imperfect.';

interface DetectionTimings {
  workers: string[];
  /** [postMessage, answer] in page time. */
  requests: Array<[number, number]>;
  longTasks: Array<{ start: number; duration: number }>;
}

declare global {
  interface Window {
    __detection: DetectionTimings;
  }
}

test('a backend story sent without entities gets them from a Web Worker', async ({ page }, info) => {
  // Times each request to a worker from postMessage to its answer, and every long task on the page.
  await page.addInitScript(() => {
    const timings: DetectionTimings = { workers: [], requests: [], longTasks: [] };
    window.__detection = timings;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        timings.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        timings.workers.push(String(url));
        let sent = 0;
        this.addEventListener('message', () => timings.requests.push([sent, performance.now()]));
        const post = this.postMessage.bind(this) as (message: unknown) => void;
        this.postMessage = (message: unknown) => {
          sent = performance.now();
          post(message);
        };
      }
    };
  });
  await useBackend(page, '/api');
  await page.route(`**/api/articles/${LEAD_STORY}`, async (route) => {
    const response = await route.fetch();
    const article = (await response.json()) as { entities: unknown[] };
    await route.fulfill({ response, json: { ...article, entities: [] } });
  });
  // Such a backend has no record of what is detected in its stories: no entity, no stories for it.
  await page.route('**/api/entities/minoru-kihara', (route) =>
    route.fulfill({ status: 404, json: { error: { code: 'not-found', message: 'No such entity.' } } }),
  );
  await page.route(/\/api\/articles\?(?:.*&)?entity=minoru-kihara/, (route) =>
    route.fulfill({ json: { items: [], nextCursor: null, total: 0 } }),
  );
  const workerScripts: string[] = [];
  page.on('worker', (worker) => workerScripts.push(worker.url()));

  await page.goto(`/articles/${LEAD_STORY}`);
  // The story shows at once; its entities follow when the worker has found them.
  await expect(page.getByRole('heading', { level: 1, name: LEAD_TITLE })).toBeVisible();

  const panel =
    info.project.name === 'mobile'
      ? page.locator('details', { has: page.locator('summary', { hasText: /People and places \(\d+\)/ }) })
      : page.getByRole('complementary', { name: 'People and places in this story' });
  if (info.project.name === 'mobile') await panel.locator('summary').click();
  // Worker start-up and a cold extraction take a few seconds on this machine.
  await expect(panel.getByRole('link', { name: 'Minoru Kihara', exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByText(NOTE)).toBeVisible();
  await expect(page.locator('mark[data-entity-id="minoru-kihara"]').first()).toBeVisible();
  expect(await page.locator('mark[data-entity-id="minoru-kihara"]').count()).toBeGreaterThan(0);

  // The extraction ran in its own chunk, in a worker: never on the main thread.
  expect(workerScripts).toEqual([expect.stringMatching(/\/assets\/extract-worker-[\w-]+\.js$/)]);
  const timings = await page.evaluate(() => window.__detection);
  expect(timings.workers).toHaveLength(1);
  expect(timings.requests).toHaveLength(1);
  const [sent = 0, answered = 0] = timings.requests[0] ?? [];
  const during = timings.longTasks.filter((task) => task.start < answered && task.start + task.duration > sent);
  // What the main thread spends on the answer: receiving it and rendering the entities it names.
  const applying = timings.longTasks.filter((task) => task.start >= answered);
  const list = (tasks: DetectionTimings['longTasks']) =>
    tasks.map((task) => `${task.duration.toFixed(0)} ms`).join(', ') || 'none';
  console.log(
    `[${info.project.name}] detection round trip (worker start + extraction): ${(answered - sent).toFixed(0)} ms;` +
      ` main-thread long tasks during it: ${list(during)}; after the answer (applying it): ${list(applying)};` +
      ` on the whole page: ${list(timings.longTasks)}`,
  );
  await snapshot(page, info, 'detected-entities');

  // The detected entity's link leads to a page built from the stories detected in this reader.
  await panel.getByRole('link', { name: 'Minoru Kihara', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Minoru Kihara' })).toBeVisible();
  await expect(page.getByText(/^Found automatically in the text of stories read here/)).toBeVisible();
  const stories = page.getByRole('region', { name: 'Stories mentioning Minoru Kihara' });
  await expect(stories.getByRole('link', { name: LEAD_TITLE })).toBeVisible();
  await snapshot(page, info, 'detected-entity-page');
});
