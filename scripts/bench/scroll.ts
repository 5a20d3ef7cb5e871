import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { errorMessage, fixed, int, ms, seconds, table, target, type TargetResult } from './format';
import { CHROME_FLAGS } from './lighthouse';
import { scrollInPage, type InPageResult } from './scroll-in-page';
import { max, median, percentile } from './stats';

/**
 * Scrolls the feed of a large corpus in Chromium with a 4x CPU slowdown and records what the user
 * would feel (frame times) and what the page carries (DOM size), as the feed pages in more stories.
 */

export interface ScrollOptions {
  baseUrl: string;
  chromePath: string;
  runs: number;
  steps: number;
  stepPx: number;
  cpuRate: number;
  viewport: { width: number; height: number };
  renderTimeoutMs: number;
  domTarget: number;
  frameTargetMs: number;
}

/** Cards in the feed; links to stories as a fallback while the card markup is still settling. */
const CARD_SELECTOR = 'article, [role="article"]';
const STORY_SELECTOR = `${CARD_SELECTOR}, a[href^="/articles/"]`;
const CDP_SAMPLE_MS = 500;

/** The in-page counters a run reports as they are; the frame and node figures are summarised. */
type ScrollProgress = Pick<
  InPageResult,
  'cards' | 'stepsDone' | 'scrolledPx' | 'bottomWaits' | 'bottomWaitMs' | 'loadMoreClicks' | 'stalled' | 'timedOut'
>;

export interface ScrollRun extends ScrollProgress {
  storiesLoaded: number;
  total: number | null;
  firstStoryMs: number;
  domMax: number;
  domMedian: number;
  cdpNodesMax: number;
  cdpNodesMedian: number;
  nodesAfterGc: number;
  frames: number;
  p50: number;
  p95: number;
  maxFrame: number;
  over50: number;
  loafs: number;
  loafMax: number;
}

class FeedNeverRendered extends Error {}

async function describePage(page: Page, apiCalls: string[], problems: string[]): Promise<string> {
  const seen = await page
    .evaluate(() => {
      const text = (sel: string) =>
        [...document.querySelectorAll(sel)].map((e) => (e.textContent ?? '').trim().slice(0, 80)).filter(Boolean);
      return {
        headings: text('h1, h2'),
        alerts: text('[role="alert"]'),
        body: (document.body?.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
        elements: document.getElementsByTagName('*').length,
      };
    })
    .catch((error: unknown) => ({
      headings: [],
      alerts: [],
      body: `(could not read page: ${errorMessage(error)})`,
      elements: 0,
    }));
  return [
    `headings: ${seen.headings.length ? seen.headings.map((h) => JSON.stringify(h)).join(', ') : '(none)'}`,
    `alerts: ${seen.alerts.length ? seen.alerts.map((a) => JSON.stringify(a)).join(', ') : '(none)'}`,
    `elements: ${seen.elements}; visible text: ${JSON.stringify(seen.body)}`,
    `API requests: ${apiCalls.length ? apiCalls.slice(0, 5).join(', ') : '(none: the feed never asked /api for stories)'}`,
    ...problems.slice(0, 5).map((p) => `page error: ${p}`),
  ].join('\n    ');
}

async function runOnce(browser: Browser, o: ScrollOptions): Promise<ScrollRun> {
  const context = await browser.newContext({ viewport: o.viewport, baseURL: o.baseUrl });
  // tsx compiles with keepNames, so functions sent to page.evaluate call esbuild's __name helper.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  try {
    const page = await context.newPage();
    await page.route('**/config.json', (route) => route.fulfill({ json: { apiBaseUrl: '/api' } }));

    const ids = new Set<string>();
    let total: number | null = null;
    const apiCalls: string[] = [];
    const problems: string[] = [];
    const parsing: Promise<void>[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (!url.pathname.startsWith('/api/')) return;
      apiCalls.push(`${url.pathname}${url.search} -> ${response.status()}`);
      if (url.pathname !== '/api/articles' || !response.ok()) return;
      parsing.push(
        response
          .json()
          .then((body: { items?: { id?: string }[]; total?: number }) => {
            for (const item of body.items ?? []) if (item.id) ids.add(item.id);
            if (typeof body.total === 'number') total = body.total;
          })
          .catch(() => undefined),
      );
    });

    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: o.cpuRate });

    const started = performance.now();
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    try {
      await page.locator(STORY_SELECTOR).first().waitFor({ state: 'visible', timeout: o.renderTimeoutMs });
    } catch {
      throw new FeedNeverRendered(
        `no story appeared within ${seconds(o.renderTimeoutMs)} (looked for ${STORY_SELECTOR}).\n    ` +
          (await describePage(page, apiCalls, problems)),
      );
    }
    const firstStoryMs = performance.now() - started;

    const cdpNodes: number[] = [];
    const readNodes = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'Nodes')?.value ?? Number.NaN;
    };
    const sampleCdp = async () => {
      cdpNodes.push(await readNodes());
    };
    await sampleCdp();
    let inFlight = Promise.resolve();
    const timer = setInterval(() => {
      inFlight = inFlight.then(sampleCdp).catch(() => undefined);
    }, CDP_SAMPLE_MS);
    let result: InPageResult;
    try {
      result = await page.evaluate(scrollInPage, {
        steps: o.steps,
        stepPx: o.stepPx,
        sampleEvery: 10,
        waitForMoreMs: 5_000,
        maxMs: 90_000,
        selector: STORY_SELECTOR,
        cardSelector: CARD_SELECTOR,
      });
    } finally {
      clearInterval(timer);
      await inFlight;
    }
    await sampleCdp();
    // Nodes counts detached nodes until they are collected; after a GC it is what the page really holds.
    await cdp.send('HeapProfiler.collectGarbage');
    const nodesAfterGc = await readNodes();
    await Promise.all(parsing);

    return {
      storiesLoaded: ids.size,
      total,
      cards: result.cards,
      firstStoryMs,
      domMax: max(result.domSamples),
      domMedian: median(result.domSamples),
      cdpNodesMax: max(cdpNodes),
      cdpNodesMedian: median(cdpNodes),
      nodesAfterGc,
      frames: result.frames.length,
      p50: percentile(result.frames, 50),
      p95: percentile(result.frames, 95),
      maxFrame: max(result.frames),
      over50: result.frames.filter((f) => f > o.frameTargetMs).length,
      loafs: result.loafs.length,
      loafMax: result.loafs.length ? max(result.loafs) : 0,
      stepsDone: result.stepsDone,
      scrolledPx: result.scrolledPx,
      bottomWaits: result.bottomWaits,
      bottomWaitMs: result.bottomWaitMs,
      loadMoreClicks: result.loadMoreClicks,
      stalled: result.stalled,
      timedOut: result.timedOut,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

function row(label: string, r: ScrollRun): string[] {
  return [
    label,
    `${int(r.storiesLoaded)}${r.total === null ? '' : `/${int(r.total)}`}`,
    int(r.cards),
    int(r.domMax),
    int(r.domMedian),
    int(r.cdpNodesMax),
    int(r.nodesAfterGc),
    int(r.frames),
    fixed(1)(r.p50),
    fixed(1)(r.p95),
    fixed(1)(r.maxFrame),
    int(r.over50),
    `${int(r.loafs)}/${ms(r.loafMax)}`,
    seconds(r.firstStoryMs),
  ];
}

export async function runScroll(o: ScrollOptions): Promise<TargetResult[]> {
  console.log(
    `  ${o.baseUrl}/ via /api, ${o.viewport.width}x${o.viewport.height}, CPU ${o.cpuRate}x slower, ` +
      `${o.steps} steps of ${o.stepPx} px paced by requestAnimationFrame, ${o.runs} runs`,
  );
  const browser = await chromium.launch({
    executablePath: o.chromePath,
    args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')),
  });
  const runs: ScrollRun[] = [];
  try {
    for (let i = 1; i <= o.runs; i++) {
      try {
        const run = await runOnce(browser, o);
        runs.push(run);
        const notes = [
          `scrolled ${int(run.scrolledPx)} px in ${run.stepsDone}/${o.steps} steps`,
          `caught up with the loaded stories ${run.bottomWaits}x, waiting ${ms(run.bottomWaitMs)} in all`,
          run.stalled ? 'stopped: no more stories arrived within 5 s at the bottom' : '',
          run.timedOut ? 'stopped: 90 s limit' : '',
          run.loadMoreClicks ? `clicked "Load more" ${run.loadMoreClicks}x (no infinite scroll?)` : '',
        ].filter(Boolean);
        console.log(`  run ${i}: ${notes.join('; ')}`);
      } catch (error) {
        if (error instanceof FeedNeverRendered) {
          console.log(`  run ${i}: the feed never rendered: ${error.message}`);
          console.log('  skipping the remaining scroll runs');
          return [{ name: 'scroll: feed rendered', pass: false }];
        }
        console.log(`  run ${i} failed: ${errorMessage(error)}`);
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  if (runs.length === 0) return [{ name: 'scroll', pass: false }];

  const worst: ScrollRun = {
    storiesLoaded: Math.min(...runs.map((r) => r.storiesLoaded)),
    total: runs[0]?.total ?? null,
    cards: Math.max(...runs.map((r) => r.cards)),
    firstStoryMs: Math.max(...runs.map((r) => r.firstStoryMs)),
    domMax: Math.max(...runs.map((r) => r.domMax)),
    domMedian: Math.max(...runs.map((r) => r.domMedian)),
    cdpNodesMax: Math.max(...runs.map((r) => r.cdpNodesMax)),
    cdpNodesMedian: Math.max(...runs.map((r) => r.cdpNodesMedian)),
    nodesAfterGc: Math.max(...runs.map((r) => r.nodesAfterGc)),
    frames: Math.min(...runs.map((r) => r.frames)),
    p50: Math.max(...runs.map((r) => r.p50)),
    p95: Math.max(...runs.map((r) => r.p95)),
    maxFrame: Math.max(...runs.map((r) => r.maxFrame)),
    over50: Math.max(...runs.map((r) => r.over50)),
    loafs: Math.max(...runs.map((r) => r.loafs)),
    loafMax: Math.max(...runs.map((r) => r.loafMax)),
    stepsDone: 0,
    scrolledPx: 0,
    bottomWaits: 0,
    bottomWaitMs: 0,
    loadMoreClicks: 0,
    stalled: false,
    timedOut: false,
  };
  console.log('');
  table([
    [
      'run',
      'stories',
      'cards',
      'DOM max',
      'DOM med',
      'CDP Nodes max',
      'after GC',
      'frames',
      'p50 ms',
      'p95 ms',
      'max ms',
      '>50ms',
      'LoAF n/max',
      'first story',
    ],
    ...runs.map((r, i) => row(`#${i + 1}`, r)),
    row('worst', worst),
  ]);
  console.log(
    '  stories = distinct stories the feed fetched / corpus total; cards = story elements in the DOM at the end;\n' +
      '  DOM = document.getElementsByTagName("*").length every 10 steps; CDP Nodes (every 500 ms) also counts text\n' +
      '  nodes and detached nodes not yet collected; "after GC" is CDP Nodes at the end after a forced GC.\n',
  );
  return [
    target('max DOM elements (worst run)', int(worst.domMax), `<= ${int(o.domTarget)}`, worst.domMax <= o.domTarget),
    target(
      `frames over ${o.frameTargetMs} ms (worst run)`,
      `${worst.over50} (longest ${ms(worst.maxFrame)})`,
      '0',
      worst.over50 === 0,
    ),
  ];
}
