import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { killGroup, trackGroup } from './cleanup';
import { errorMessage, fixed, int, ms, seconds, table, target, type TargetResult } from './format';
import { CHROMIUM_ARGS } from '../chromium';
import { median } from './stats';

export const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

export interface LighthouseRun {
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
  si: number;
  score: number;
  warnings: string[];
}

function numeric(audits: Record<string, { numericValue?: number } | undefined>, id: string): number {
  return audits[id]?.numericValue ?? Number.NaN;
}

/** One Lighthouse run in a fresh Chromium: a clean profile each time, so no run warms the next one's cache. */
async function runOnce(url: string, chromePath: string): Promise<LighthouseRun> {
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  // chrome-launcher starts Chromium as a process group leader; make sure Ctrl-C takes it down too.
  const untrack = trackGroup(chrome.pid);
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const audits = lhr.audits;
    return {
      lcp: numeric(audits, 'largest-contentful-paint'),
      tbt: numeric(audits, 'total-blocking-time'),
      cls: numeric(audits, 'cumulative-layout-shift'),
      fcp: numeric(audits, 'first-contentful-paint'),
      si: numeric(audits, 'speed-index'),
      score: (lhr.categories.performance?.score ?? Number.NaN) * 100,
      warnings: lhr.runWarnings.map(String),
    };
  } finally {
    chrome.kill();
    killGroup(chrome.pid, 'SIGKILL');
    untrack();
  }
}

export interface LighthouseOptions {
  url: string;
  runs: number;
  chromePath: string;
  lcpTargetMs: number;
  clsTarget: number;
}

export async function runLighthouse(options: LighthouseOptions): Promise<TargetResult[]> {
  const { url, runs, chromePath } = options;
  console.log(`  ${url}, ${runs} runs, Lighthouse mobile defaults (simulated slow 4G, 4x CPU slowdown)`);
  const results: LighthouseRun[] = [];
  const rows: string[][] = [['run', 'LCP', 'TBT', 'CLS', 'FCP', 'SI', 'score']];
  for (let i = 1; i <= runs; i++) {
    try {
      const run = await runOnce(url, chromePath);
      results.push(run);
      rows.push([
        `#${i}`,
        seconds(run.lcp),
        ms(run.tbt),
        fixed(3)(run.cls),
        seconds(run.fcp),
        seconds(run.si),
        int(run.score),
      ]);
      for (const warning of run.warnings) console.log(`  run ${i} warning: ${warning}`);
    } catch (error) {
      console.log(`  run ${i} failed: ${errorMessage(error)}`);
      rows.push([`#${i}`, 'failed', '', '', '', '', '']);
    }
  }
  if (results.length === 0) {
    table(rows);
    console.log('  no Lighthouse run succeeded');
    return [{ name: 'lighthouse', pass: false }];
  }
  const pick = (key: keyof Omit<LighthouseRun, 'warnings'>) => results.map((r) => r[key]);
  const range = (values: number[], format: (n: number) => string) =>
    `${format(Math.min(...values))}–${format(Math.max(...values))}`;
  rows.push(
    [
      'median',
      seconds(median(pick('lcp'))),
      ms(median(pick('tbt'))),
      fixed(3)(median(pick('cls'))),
      seconds(median(pick('fcp'))),
      seconds(median(pick('si'))),
      int(median(pick('score'))),
    ],
    [
      'range',
      range(pick('lcp'), seconds),
      range(pick('tbt'), ms),
      range(pick('cls'), fixed(3)),
      range(pick('fcp'), seconds),
      range(pick('si'), seconds),
      range(pick('score'), int),
    ],
  );
  table(rows);
  console.log('');
  const lcp = median(pick('lcp'));
  const cls = median(pick('cls'));
  return [
    target('median LCP', seconds(lcp), `<= ${seconds(options.lcpTargetMs)}`, lcp <= options.lcpTargetMs),
    target('median CLS', fixed(3)(cls), `<= ${options.clsTarget}`, cls <= options.clsTarget),
  ];
}
