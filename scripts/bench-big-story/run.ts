import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { positiveInt as positiveIntArg } from '../cli-args';
import { build } from '../bench/build';
import { killAllNow } from '../bench/cleanup';
import { errorMessage, header, int, ms, seconds, table, target, type TargetResult } from '../bench/format';
import { withPreview } from '../bench/serve';
import { median } from '../bench/stats';
import { bigStories } from './big-stories';
import { measureStory, type StoryRun } from './measure';

const USAGE = `npm run bench:big-story -- [options]

  --no-build           measure the last benchmark build instead of building again
  --out-dir DIR        where to build and what to serve (default: $TMPDIR/lede-bench-big-story/dist)
  --runs N             runs per story (default 3)
  --cpu N              CPU slowdown (default 1)
  --viewport WxH       viewport (default 1440x900)
  --port N             vite preview port (default 4631)
  --only NAME          one story: many-entities, many-mentions or huge-paragraph
  --strict             exit 1 when a target fails
  -h, --help`;

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'out-dir': { type: 'string', default: join(tmpdir(), 'lede-bench-big-story', 'dist') },
    runs: { type: 'string', default: '3' },
    cpu: { type: 'string', default: '1' },
    viewport: { type: 'string', default: '1440x900' },
    port: { type: 'string', default: '4631' },
    only: { type: 'string' },
    strict: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

// The text's own marks are the story (10,000 mentions are 10,000 marks); everything else is bounded.
const TARGETS = { interactiveMs: 1_000, taskMs: 200, hoverMs: 200, otherElements: 2_000 };

async function main(): Promise<number> {
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const positiveInt = (name: string, raw: string | undefined) => positiveIntArg(name, raw, USAGE);
  const outDir = resolve(values['out-dir']);
  const runs = positiveInt('runs', values.runs);
  const cpuRate = positiveInt('cpu', values.cpu);
  const port = positiveInt('port', values.port);
  const [width, height] = (values.viewport.match(/^(\d+)x(\d+)$/)?.slice(1) ?? []).map(Number);
  if (!width || !height) {
    console.error(`--viewport must look like 1440x900, got ${values.viewport}`);
    return 2;
  }
  const stories = bigStories().filter((story) => !values.only || story.name === values.only);
  if (stories.length === 0) {
    console.error(`--only: no story named ${values.only}\n\n${USAGE}`);
    return 2;
  }

  header('Build');
  if (values['no-build']) console.log(`  --no-build: measuring ${outDir} as it is`);
  else {
    const built = build(outDir);
    if (!built.ok) {
      console.log(`  vite build FAILED:\n${built.output.trim().split('\n').slice(-25).join('\n')}`);
      return 1;
    }
    console.log(`  vite build -> ${outDir} in ${seconds(built.ms)}`);
  }
  if (!existsSync(join(outDir, 'index.html'))) {
    console.log(`  no build in ${outDir}`);
    return 1;
  }

  const results: TargetResult[] = [];
  await withPreview({ port, outDir }, async (server) => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', ...CHROMIUM_ARGS] });
    try {
      for (const story of stories) {
        header(`${story.name}: ${story.what} (${runs} runs, CPU ${cpuRate}x, ${width}x${height})`);
        const measured: StoryRun[] = [];
        for (let run = 0; run < runs; run++) {
          try {
            measured.push(
              await measureStory({
                browser,
                baseUrl: server.url,
                story,
                viewport: { width, height },
                cpuRate,
                quietMs: 1_000,
                timeoutMs: 60_000,
              }),
            );
          } catch (error) {
            console.log(`  run ${run + 1} failed: ${errorMessage(error)}`);
          }
        }
        if (measured.length === 0) {
          results.push({ name: `${story.name} ran`, pass: false });
          continue;
        }
        results.push(...report(story.name, measured));
      }
    } finally {
      await browser.close();
    }
  });

  header('Summary');
  for (const r of results) console.log(`  ${r.pass ? 'PASS' : 'FAIL'}  ${r.name}`);
  return values.strict && results.some((r) => !r.pass) ? 1 : 0;
}

const ROWS: [string, (run: StoryRun) => string][] = [
  ['headline shown', (r) => ms(r.shownMs)],
  ['last paragraph shown', (r) => ms(r.completeMs)],
  ['interactive (no long task after)', (r) => ms(r.interactiveMs)],
  ['long tasks (> 50 ms)', (r) => int(r.longTasks)],
  ['longest task', (r) => ms(r.longestTaskMs)],
  ['blocking time (sum over 50 ms)', (r) => ms(r.blockedMs)],
  ['DOM elements', (r) => int(r.domElements)],
  ['mention marks in DOM', (r) => int(r.marks)],
  ['hover to card', (r) => ms(r.hoverMs)],
];

function report(name: string, runs: StoryRun[]): TargetResult[] {
  const m = (pick: (run: StoryRun) => number) => median(runs.map(pick));
  const mid = medianRun(runs);
  table([
    ['', 'median', ...runs.map((_, i) => `run ${i + 1}`)],
    ...ROWS.map(([label, show]) => [label, show(mid), ...runs.map(show)]),
  ]);
  return [
    target(
      `${name} interactive`,
      ms(m((r) => r.interactiveMs)),
      `≤ ${ms(TARGETS.interactiveMs)}`,
      m((r) => r.interactiveMs) <= TARGETS.interactiveMs,
    ),
    target(
      `${name} longest task`,
      ms(m((r) => r.longestTaskMs)),
      `≤ ${ms(TARGETS.taskMs)}`,
      m((r) => r.longestTaskMs) <= TARGETS.taskMs,
    ),
    target(
      `${name} hover`,
      ms(m((r) => r.hoverMs)),
      `≤ ${ms(TARGETS.hoverMs)}`,
      m((r) => r.hoverMs) <= TARGETS.hoverMs,
    ),
    target(
      `${name} elements besides marks`,
      int(m((r) => r.domElements - r.marks)),
      `≤ ${int(TARGETS.otherElements)}`,
      m((r) => r.domElements - r.marks) <= TARGETS.otherElements,
    ),
  ];
}

/** A row's median column: a synthetic run whose every figure is that figure's median. */
function medianRun(runs: StoryRun[]): StoryRun {
  const keys = Object.keys(runs[0] ?? {}) as (keyof StoryRun)[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])) as unknown as StoryRun;
}

main()
  .then((code) => {
    killAllNow();
    process.exit(code);
  })
  .catch((error: unknown) => {
    console.error(error);
    killAllNow();
    process.exit(1);
  });
