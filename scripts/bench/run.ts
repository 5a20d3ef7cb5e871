import { CHROMIUM_PATH } from '../chromium';
import { positiveInt as positiveIntArg } from '../cli-args';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from './build';
import { measureBundle, printBundle } from './bundle-size';
import { printEmbedSize } from './embed-size';
import { errorMessage, header, int, ms, seconds, type TargetResult } from './format';
import { runLighthouse } from './lighthouse';
import { runScroll } from './scroll';
import { killAllNow } from './cleanup';
import { ROOT, withPreview } from './serve';

const USAGE = `npm run bench -- [options]

  --no-build           measure the last benchmark build instead of building again
  --out-dir DIR        where to build and what to serve (default: $TMPDIR/lede-bench/dist)
  --runs N             Lighthouse runs (default 5)
  --scroll-runs N      scroll runs (default 3)
  --steps N            scroll steps per run (default 120)
  --step-px N          pixels per scroll step (default 600)
  --cpu N              CPU slowdown while scrolling (default 4)
  --viewport WxH       scroll viewport (default 1440x900)
  --port N             base port: Lighthouse serves on N, scrolling on N+1 (default 4621)
  --chrome PATH        Chromium binary (default $CHROMIUM_PATH or /usr/bin/chromium)
  --skip-bundle, --skip-lighthouse, --skip-scroll
  --strict             exit 1 when a target fails or a section cannot run
  -h, --help`;

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'out-dir': { type: 'string', default: join(tmpdir(), 'lede-bench', 'dist') },
    runs: { type: 'string', default: '5' },
    'scroll-runs': { type: 'string', default: '3' },
    steps: { type: 'string', default: '120' },
    'step-px': { type: 'string', default: '600' },
    cpu: { type: 'string', default: '4' },
    viewport: { type: 'string', default: '1440x900' },
    port: { type: 'string', default: '4621' },
    chrome: { type: 'string', default: CHROMIUM_PATH },
    'skip-bundle': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-scroll': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const positiveInt = (name: string, raw: string | undefined) => positiveIntArg(name, raw, USAGE);

const TARGETS = { initialJsKb: 113, embedKb: 130, lcpMs: 1_800, cls: 0.02, domNodes: 1_500, frameMs: 50 };
const CORPUS_DIR = join(ROOT, '.synthetic', 'data');

async function main(): Promise<number> {
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const outDir = resolve(values['out-dir']);
  const port = positiveInt('port', values.port);
  const [width, height] = (values.viewport.match(/^(\d+)x(\d+)$/)?.slice(1) ?? []).map(Number);
  if (!width || !height) {
    console.error(`--viewport must look like 1440x900, got ${values.viewport}`);
    return 2;
  }
  const options = {
    runs: positiveInt('runs', values.runs),
    scrollRuns: positiveInt('scroll-runs', values['scroll-runs']),
    steps: positiveInt('steps', values.steps),
    stepPx: positiveInt('step-px', values['step-px']),
    cpu: positiveInt('cpu', values.cpu),
  };
  if (!existsSync(values.chrome)) {
    console.error(`Chromium not found at ${values.chrome}: apt-get install -y chromium, or pass --chrome`);
    return 2;
  }

  const started = performance.now();
  const results: TargetResult[] = [];
  const problems: string[] = [];

  header('Build');
  if (values['no-build']) {
    console.log(`  --no-build: measuring ${outDir} as it is`);
  } else {
    const built = build(outDir);
    if (built.ok) console.log(`  vite build -> ${outDir} in ${seconds(built.ms)}`);
    else {
      console.log(
        `  vite build FAILED after ${seconds(built.ms)}:\n${built.output.trim().split('\n').slice(-25).join('\n')}`,
      );
      if (!existsSync(join(outDir, 'index.html'))) {
        console.log('  nothing to measure without a build; stopping');
        return 1;
      }
      console.log(`  WARNING: measuring the previous build left in ${outDir}`);
      problems.push('build failed');
    }
  }

  if (!values['skip-bundle']) {
    header('Bundle size');
    try {
      results.push(...printBundle(measureBundle(outDir), TARGETS.initialJsKb));
    } catch (error) {
      console.log(`  could not measure the bundle: ${errorMessage(error)}`);
      problems.push('bundle');
    }
    header('Embed size');
    try {
      results.push(...printEmbedSize(outDir, TARGETS.embedKb));
    } catch (error) {
      console.log(`  could not measure the embed: ${errorMessage(error)}`);
      problems.push('embed');
    }
  }

  if (!values['skip-lighthouse']) {
    header('Lighthouse mobile: feed page');
    try {
      results.push(
        ...(await withPreview({ port, outDir }, (server) =>
          runLighthouse({
            url: `${server.url}/`,
            runs: options.runs,
            chromePath: values.chrome,
            lcpTargetMs: TARGETS.lcpMs,
            clsTarget: TARGETS.cls,
          }),
        )),
      );
    } catch (error) {
      console.log(`  Lighthouse section failed: ${errorMessage(error)}`);
      problems.push('lighthouse');
    }
  }

  if (!values['skip-scroll']) {
    header('Scrolling the 10,000-story synthetic corpus');
    try {
      if (!existsSync(join(CORPUS_DIR, 'articles.json'))) {
        console.log('  generating the synthetic corpus (npx tsx scripts/synthetic-corpus.ts --count 10000 --seed 1)');
        const generated = spawnSync(
          'npx',
          ['tsx', 'scripts/synthetic-corpus.ts', '--count', '10000', '--seed', '1', '--out', CORPUS_DIR],
          { cwd: ROOT, stdio: 'inherit' },
        );
        if (generated.status !== 0) throw new Error('the synthetic corpus generator failed');
      }
      results.push(
        ...(await withPreview({ port: port + 1, outDir, env: { LEDE_CORPUS_DIR: CORPUS_DIR } }, async (server) => {
          // The first API call parses the whole corpus; do it here so no scroll run pays for it.
          const warm = performance.now();
          const response = await fetch(`${server.url}/api/articles?limit=1`, { signal: AbortSignal.timeout(120_000) });
          const body = (await response.json().catch(() => null)) as {
            total?: number;
            error?: { message?: string };
          } | null;
          if (!response.ok) {
            throw new Error(`the dev API answered ${response.status}: ${body?.error?.message ?? 'no message'}`);
          }
          console.log(
            `  dev API ready: ${int(body?.total ?? Number.NaN)} stories, first answer in ${ms(performance.now() - warm)}`,
          );
          return runScroll({
            baseUrl: server.url,
            chromePath: values.chrome,
            runs: options.scrollRuns,
            steps: options.steps,
            stepPx: options.stepPx,
            cpuRate: options.cpu,
            viewport: { width, height },
            renderTimeoutMs: 30_000,
            domTarget: TARGETS.domNodes,
            frameTargetMs: TARGETS.frameMs,
          });
        })),
      );
    } catch (error) {
      console.log(`  scroll section failed: ${errorMessage(error)}`);
      problems.push('scroll');
    }
  }

  header('Summary');
  for (const r of results) console.log(`  ${r.pass ? 'PASS' : 'FAIL'}  ${r.name}`);
  if (problems.length) console.log(`  could not run: ${problems.join(', ')}`);
  console.log(`  total time ${seconds(performance.now() - started)}`);
  const failed = results.some((r) => !r.pass) || problems.length > 0;
  return values.strict && failed ? 1 : 0;
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
