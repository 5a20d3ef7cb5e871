import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS } from '../chromium';

export interface WorkerStory {
  paragraphs: string[];
  title: string;
}

export interface WorkerLatency {
  /** The first request: module worker start, the model's load and the first extraction. */
  coldMs: number;
  /**
   * The longest main-thread task Chromium reported ('longtask' entries, 50 ms and over) from the
   * worker's start to the first answer; 0 when there was none. Null where 'longtask' is unsupported.
   */
  longestTaskMs: number | null;
  /** Every later request, one at a time: postMessage, structured clone, extraction and the answer. */
  perStoryMs: number[];
}

const ROOT = join(import.meta.dirname, '..', '..');
const WORKER_ENTRY = join(ROOT, 'src', 'ingest', 'worker', 'extract-worker.ts');
const PAGE = '<!doctype html><meta charset="utf-8"><title>extract worker latency</title>';

/**
 * The reader's extraction worker, bundled by Vite as the app bundles it, timed in Chromium: each
 * story is posted and its answer awaited before the next, which is what one reader does when a
 * backend's stories arrive without entities.
 */
export async function measureWorkerLatency(
  stories: readonly WorkerStory[],
  options: { chromePath: string; port: number },
): Promise<WorkerLatency> {
  const dir = await mkdtemp(join(tmpdir(), 'lede-bench-worker-'));
  let server: Server | undefined;
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir: dir,
        emptyOutDir: false,
        lib: { entry: WORKER_ENTRY, formats: ['es'], fileName: () => 'extract-worker.js' },
      },
    });
    // The worker and the chunks it imports (the model's weights are one), by file name.
    const files = new Map<string, Buffer>();
    for (const name of await readdir(dir))
      if (name.endsWith('.js')) files.set(`/${name}`, await readFile(join(dir, name)));
    server = createServer((request, response) => {
      const script = files.get(request.url ?? '');
      response.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html' });
      response.end(script ?? PAGE);
    });
    await new Promise<void>((resolve, reject) => {
      server?.once('error', reject).listen(options.port, '127.0.0.1', resolve);
    });
    const browser = await chromium.launch({ executablePath: options.chromePath, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      // tsx compiles with keepNames, so functions sent to page.evaluate call esbuild's __name helper.
      await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
      await page.goto(`http://127.0.0.1:${options.port}/`);
      return await page.evaluate(inPage, stories);
    } finally {
      await browser.close();
    }
  } finally {
    server?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs in the page: serialised by Playwright, so it may use nothing from this module's scope. */
async function inPage(stories: readonly WorkerStory[]): Promise<WorkerLatency> {
  const supported = PerformanceObserver.supportedEntryTypes.includes('longtask');
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  if (supported) observer.observe({ type: 'longtask' });
  const worker = new Worker('/extract-worker.js', { type: 'module' });
  const ask = (id: number, story: WorkerStory) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const onMessage = (event: MessageEvent<{ id: number; error?: string }>) => {
        if (event.data.id !== id) return;
        worker.removeEventListener('message', onMessage);
        if (event.data.error) reject(new Error(event.data.error));
        else resolve(performance.now() - started);
      };
      worker.addEventListener('message', onMessage);
      worker.postMessage({ id, paragraphs: story.paragraphs, title: story.title });
    });
  const [first, ...rest] = stories;
  const coldMs = first ? await ask(0, first) : Number.NaN;
  // Long-task entries are delivered after the task ends: give the observer a frame to report them.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const longestTaskMs = supported ? Math.max(0, ...longTasks) : null;
  const perStoryMs: number[] = [];
  for (const [i, story] of rest.entries()) perStoryMs.push(await ask(i + 1, story));
  worker.terminate();
  return { coldMs, longestTaskMs, perStoryMs };
}
