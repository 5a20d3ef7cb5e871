/**
 * `npm run bench:ingest`: how fast raw story text becomes Articles with extracted entities. Prints
 * numbers, not a test: the machine is shared and noisy, so it repeats runs, prints medians and
 * ranges, and exits 0 unless --strict. The CLI is timed over the whole synthetic corpus by default;
 * the reader's extraction worker is timed per story in Chromium.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH } from '../chromium';
import { positiveInt as positiveIntArg } from '../cli-args';
import { cleanText } from '../../src/ingest/clean';
import { articleFromText, deriveTitle } from '../../src/ingest/cli/article-from-text';
import { extractEntities } from '../../src/ingest/extract';
import { defaultPoolSize } from '../../src/server/sources/story-pool';
import { shippedModel } from '../../src/ingest/model/shipped-model';
import { parseStoryFile } from '../../src/ingest/story-file';
import { fixed, header, int, seconds, table, target, type TargetResult } from '../bench/format';
import { max, median, medianRange, percentile } from '../bench/stats';
import { generateSyntheticCorpus } from '../synthetic/generate';
import { measureDevSet } from './dev-set';
import { rawStoryText } from './raw-text';
import { measureFeedIngest, type FeedRun } from './feeds';
import { measureWorkerLatency } from './worker-latency';

const USAGE = `npm run bench:ingest -- [options]

  --count N           stories per run, spread evenly over the synthetic corpus (default: all of it)
  --corpus N          size of the synthetic corpus they are drawn from (default 10000)
  --runs N            timed runs of each mode (default 2)
  --seed N            synthetic corpus seed (default 1)
  --skip-cli          no CLI runs
  --worker-count N    stories posted one at a time to the extraction worker in Chromium (default 1000)
  --skip-worker       no Chromium run
  --skip-dev          no CLI run over ../shared/ner/conll03-dev.jsonl
  --skip-feeds        no feed ingestion from the loopback web
  --feed-hosts N      loopback sites, one source each, each its own host (default 4)
  --feed-stories N    stories per site (default 60)
  --feed-port N       port of the API sampled during feed ingestion (default 4516)
  --feed-builder B    where stories are built: pool (worker threads, as npm start; default), inline
                      (the server's own thread), or both (interleaved, to compare)
  --pool-size N       workers of the story pool (default: as npm start, one per core but one)
  --database-url URL  feeds store into this PostgreSQL server (a schema of its own per run, dropped
                      after) instead of a fresh embedded PGlite
  --chrome PATH       Chromium binary (default $CHROMIUM_PATH or /usr/bin/chromium)
  --port N            port of the page that hosts the worker (default 4519)
  --strict            exit 1 when a target fails
  -h, --help

The defaults take about a minute on this machine.`;

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    corpus: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    'skip-cli': { type: 'boolean', default: false },
    'worker-count': { type: 'string', default: '1000' },
    'skip-worker': { type: 'boolean', default: false },
    'skip-dev': { type: 'boolean', default: false },
    'skip-feeds': { type: 'boolean', default: false },
    'feed-hosts': { type: 'string', default: '4' },
    'feed-stories': { type: 'string', default: '60' },
    'feed-port': { type: 'string', default: '4516' },
    'database-url': { type: 'string' },
    'pool-size': { type: 'string' },
    'feed-builder': { type: 'string', default: 'pool' },
    chrome: { type: 'string', default: CHROMIUM_PATH },
    port: { type: 'string', default: '4519' },
    strict: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const positiveInt = (name: string, raw: string | undefined) => positiveIntArg(name, raw, USAGE);

const TARGET_STORIES_PER_S = 200;
const TARGET_FEED_PER_S = 30;
/** "The API's p95 unchanged while ingesting", with room for a noisy shared machine. */
const TARGET_P95_RATIO = 1.5;
const TARGET_DEV_PER_CPU_S = 60;
const TARGET_FIRST_ANSWER_MS = 1500;
/** A main-thread task this long or longer is a long task (the 'longtask' threshold). */
const MAX_TASK_MS = 50;
const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const INGEST = join(ROOT, 'scripts', 'ingest.ts');
// Pins the CLI to one core, so its figure is one core's even while the machine has others free.
const PIN = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '0'] : [];

interface Story {
  label: string;
  text: string;
}

function sample(corpusSize: number, count: number, seed: number): Story[] {
  const { articles } = generateSyntheticCorpus(corpusSize, seed);
  const step = articles.length / Math.min(count, articles.length);
  return Array.from({ length: Math.min(count, articles.length) }, (_, i) => {
    const article = articles[Math.floor(i * step)];
    if (!article) throw new Error(`no synthetic story at ${Math.floor(i * step)}`);
    return { label: article.id, text: rawStoryText(article, seed * 1_000_003 + i) };
  });
}

/** One pass of the library over every story: total stories/s plus each story's own time. */
function inProcessRun(stories: readonly Story[]): { perSecond: number; perStoryMs: number[]; entities: number } {
  const context = { now: new Date('2026-11-30T12:00:00Z'), sources: new Map() };
  const perStoryMs: number[] = [];
  let entities = 0;
  const started = performance.now();
  for (const { label, text } of stories) {
    const t0 = performance.now();
    entities += articleFromText(label, text, context).entities.length;
    perStoryMs.push(performance.now() - t0);
  }
  return { perSecond: stories.length / ((performance.now() - started) / 1000), perStoryMs, entities };
}

/** Stories as the reader holds them: cleaned paragraphs, and the title a header gives (else none). */
function cleanedStories(stories: readonly Story[]): Array<{ paragraphs: string[]; title: string | undefined }> {
  return stories.map(({ label, text }) => {
    const body = text.startsWith('title: ') ? parseStoryFile(`${label}.txt`, text) : { body: text, title: undefined };
    return { paragraphs: cleanText(body.body).paragraphs, title: body.title };
  });
}

/** extractEntities alone on already-cleaned paragraphs: the work the reader's worker does per story. */
function extractionLatency(cleaned: ReturnType<typeof cleanedStories>): number[] {
  const model = shippedModel();
  return cleaned.map(({ paragraphs }) => {
    const t0 = performance.now();
    extractEntities(paragraphs, model);
    return performance.now() - t0;
  });
}

/** The first scraped seed story, cleaned, or null when ../shared/seeds is absent. */
function seedStory(): { paragraphs: string[]; title: string } | null {
  const dir = join(ROOT, '..', 'shared', 'seeds');
  const file = existsSync(dir) ? readdirSync(dir).find((name) => name.endsWith('.txt')) : undefined;
  if (!file) return null;
  const { paragraphs } = cleanText(readFileSync(join(dir, file), 'utf8'));
  return { paragraphs, title: deriveTitle(paragraphs) };
}

function spawnCli(args: readonly string[], stdoutFile: string) {
  const out = openSync(stdoutFile, 'w');
  const started = performance.now();
  try {
    const [command = TSX, ...rest] = [...PIN, TSX, INGEST, ...args];
    const run = spawnSync(command, rest, { cwd: ROOT, stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
    return { ms: performance.now() - started, code: run.status, stderr: run.stderr ?? String(run.error ?? '') };
  } finally {
    closeSync(out);
  }
}

async function main(): Promise<number> {
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const corpusSize = positiveInt('corpus', values.corpus);
  const count = values.count === undefined ? corpusSize : positiveInt('count', values.count);
  const workerCount = positiveInt('worker-count', values['worker-count']);
  const port = positiveInt('port', values.port);
  const runs = positiveInt('runs', values.runs);
  const seed = positiveInt('seed', values.seed);
  const started = performance.now();
  const results: TargetResult[] = [];

  header('Input');
  const stories = sample(corpusSize, count, seed);
  const withHeader = stories.filter((s) => s.text.startsWith('title: ')).length;
  const drawn = stories.length === corpusSize ? 'the whole' : 'drawn evenly from a';
  console.log(
    `  ${int(stories.length)} stories, ${drawn} ${int(corpusSize)}-story synthetic corpus (seed ${seed}), as raw text:`,
  );
  console.log(
    `  ${int(withHeader)} with a header and no entity lines, the rest a headline or body only; scraped noise kept`,
  );
  console.log(`  ${int(stories.reduce((sum, s) => sum + s.text.length, 0) / stories.length)} characters per story`);

  header('In-process library (articleFromText, one thread)');
  inProcessRun(stories.slice(0, Math.min(200, stories.length)));
  const inProcess = Array.from({ length: runs }, (_, run) => {
    const result = inProcessRun(stories);
    console.log(
      `  run ${run + 1}: ${fixed(1)(result.perSecond)} stories/s, ${int(result.entities)} entities extracted`,
    );
    return result;
  });
  const perStory = inProcess.flatMap((r) => r.perStoryMs);
  const libraryRate = median(inProcess.map((r) => r.perSecond));
  console.log(
    `  median ${medianRange(
      inProcess.map((r) => r.perSecond),
      fixed(1),
    )} stories/s over ${runs} run(s)`,
  );

  header('Per-story latency in Node');
  console.log("  the library's own cost per story, without a worker's messaging");
  const cleaned = cleanedStories(stories);
  const extractOnly = extractionLatency(cleaned);
  const row = (name: string, ms: readonly number[]) => [
    name,
    int(ms.length),
    fixed(2)(percentile(ms, 50)),
    fixed(2)(percentile(ms, 95)),
    fixed(2)(max(ms)),
  ];
  table([
    ['', 'stories', 'p50 ms', 'p95 ms', 'max ms'],
    row('extractEntities on cleaned text', extractOnly),
    row('articleFromText (parse, clean, extract, mentions)', perStory),
  ]);

  const cli: number[] = [];
  if (!values['skip-cli']) {
    header('CLI end to end');
    console.log(
      `  ${PIN.length ? 'taskset -c 0 ' : ''}tsx scripts/ingest.ts FILE... > out.ndjson: all ${int(stories.length)} files in one process per run, startup included`,
    );
    const dir = mkdtempSync(join(tmpdir(), 'lede-bench-ingest-'));
    try {
      const files = stories.map(({ label, text }) => {
        const file = join(dir, `${label}.txt`);
        writeFileSync(file, text);
        return file;
      });
      const output = join(dir, 'out.ndjson');
      const startupMs = median(Array.from({ length: runs }, () => spawnCli([], output).ms));
      console.log(`  startup (usage only, no input): median ${fixed(0)(startupMs)} ms`);
      for (let run = 0; run < runs; run += 1) {
        const { ms, code, stderr } = spawnCli(files, output);
        const lines = readFileSync(output, 'utf8').split('\n').filter(Boolean).length;
        if (code !== 0 || lines !== stories.length) {
          console.log(`  run ${run + 1}: exit ${code}, ${lines} of ${stories.length} articles written\n${stderr}`);
          cli.push(Number.NaN);
          continue;
        }
        cli.push(stories.length / (ms / 1000));
        console.log(`  run ${run + 1}: ${fixed(1)(cli[run] ?? Number.NaN)} stories/s (${seconds(ms)})`);
      }
      console.log(`  median ${medianRange(cli, fixed(1))} stories/s over ${runs} run(s)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  let devRate: number | null = null;
  if (!values['skip-dev']) {
    header('CLI on the NER dev set (real wire stories), per CPU-second after start-up');
    const dev = measureDevSet([...PIN, TSX, INGEST], runs);
    if (!dev) console.log('  skipped: ../shared/ner/conll03-dev.jsonl is absent in this checkout');
    else {
      dev.forEach((run, k) =>
        console.log(
          `  run ${k + 1}: ${int(run.documents)} documents in ${fixed(2)(run.totalCpuS)} CPU-s, start-up ${fixed(2)(run.startupCpuS)} CPU-s: ${fixed(1)(run.perCpuSecond)} documents/CPU-s`,
        ),
      );
      devRate = median(dev.map((run) => run.perCpuSecond));
    }
  }

  let workerSummary = '';
  let workerCold: { coldMs: number; longestTaskMs: number | null } | null = null;
  if (!values['skip-worker']) {
    header('Extraction worker in Chromium (per story)');
    const seed = seedStory();
    const posted = [
      ...(seed ? [seed] : []),
      ...cleaned
        .filter((_, i) => i % Math.max(1, Math.floor(cleaned.length / workerCount)) === 0)
        .slice(0, workerCount)
        .map(({ paragraphs, title }) => ({ paragraphs, title: title ?? '' })),
    ];
    if (seed) console.log('  the first story posted is the scraped seed (../shared/seeds), as the reader would get it');
    console.log(
      `  src/ingest/worker/extract-worker.ts bundled by Vite, in ${values.chrome}; ${int(posted.length)} stories posted one at a time`,
    );
    try {
      const { coldMs, longestTaskMs, perStoryMs } = await measureWorkerLatency(posted, {
        chromePath: values.chrome,
        port,
      });
      workerSummary = `worker round trip per story in Chromium: p50 ${fixed(2)(percentile(perStoryMs, 50))} ms, p95 ${fixed(2)(percentile(perStoryMs, 95))} ms over ${int(perStoryMs.length)} stories`;
      console.log(`  first story (worker start, model chunk load, extraction): ${fixed(1)(coldMs)} ms`);
      const longest = longestTaskMs === null ? 'not reported (no longtask support)' : `${fixed(1)(longestTaskMs)} ms`;
      console.log(`  longest main-thread task from worker start to first answer (longtask, >= 50 ms): ${longest}`);
      workerCold = { coldMs, longestTaskMs };
      table([
        ['', 'stories', 'p50 ms', 'p95 ms', 'max ms'],
        row('round trip: postMessage, extraction, answer', perStoryMs),
      ]);
    } catch (error) {
      console.log(`  skipped: ${(error as Error).message.split('\n')[0] ?? ''}`);
    }
  }

  const feedRuns: (FeedRun & { builder: string | undefined })[] = [];
  if (!values['skip-feeds']) {
    header('Feeds end to end from the loopback web (fetch, extract, entities, store)');
    const hosts = positiveInt('feed-hosts', values['feed-hosts']);
    const perHost = positiveInt('feed-stories', values['feed-stories']);
    console.log(
      `  ${hosts} sites on 127.0.0.2-${hosts + 1} (one source each, one request at a time per host, no polite delay),`,
    );
    const databaseUrl = values['database-url'];
    const engine = databaseUrl ? 'PostgreSQL (a fresh schema per run)' : 'embedded PGlite';
    console.log(`  ${perHost} new stories each; ${engine} seeded as npm start does; all sources refreshed at once`);
    console.log('  full text on: the feed has summaries and every story page is fetched; off: no page is fetched');
    console.log('  API sampled by one client (feed page, then a search for "plan"), idle and while ingesting');
    const poolSize =
      values['pool-size'] === undefined ? defaultPoolSize() : positiveInt('pool-size', values['pool-size']);
    console.log(
      `  story pool of ${poolSize} worker(s) on ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(1)}`,
    );
    const builders = values['feed-builder'] === 'both' ? ['pool', 'inline'] : [values['feed-builder']];
    if (builders.some((b) => b !== 'pool' && b !== 'inline'))
      throw new Error(`--feed-builder: pool, inline or both\n${USAGE}`);
    for (let run = 0; run < runs; run += 1) {
      for (const [fullText, builder] of [true, false].flatMap((on) => builders.map((b) => [on, b] as const))) {
        const result = await measureFeedIngest(fullText, {
          inline: builder === 'inline',
          poolSize,
          hosts,
          storiesPerHost: perHost,
          port: positiveInt('feed-port', values['feed-port']),
          corpusDir: join(ROOT, 'public', 'data'),
          idleMs: 3000,
          ...(databaseUrl ? { databaseUrl } : {}),
        });
        feedRuns.push({ ...result, builder });
        const { idle, ingesting } = result.api;
        console.log(
          `  run ${run + 1}, full text ${fullText ? 'on ' : 'off'}, ${builder}: ${int(result.written)} of ${int(result.stories)} stories in ${seconds(result.ms)}: ${fixed(1)(result.perSecond)} stories/s (${int(result.requests)} requests served, ${int(result.pages)} of them story pages)`,
        );
        table([
          ['', 'requests', 'p50 ms', 'p95 ms', 'max ms'],
          ...(
            [
              ['feed page, idle', idle.feed],
              ['feed page, ingesting', ingesting.feed],
              ['search, idle', idle.search],
              ['search, ingesting', ingesting.search],
            ] as const
          ).map(([name, values]) => row(`    ${name}`, values)),
        ]);
      }
    }
  }

  header('Summary');
  const rate = (value: number) => `median ${fixed(1)(value)} stories/s`;
  const limit = `>= ${TARGET_STORIES_PER_S} stories/s`;
  results.push(target('in-process library', rate(libraryRate), limit, libraryRate >= TARGET_STORIES_PER_S));
  if (!values['skip-cli']) {
    const cliRate = median(cli);
    const what = `CLI end to end, ${int(stories.length)} stories`;
    results.push(target(what, rate(cliRate), limit, cliRate >= TARGET_STORIES_PER_S));
  }
  if (devRate !== null) {
    const what = 'CLI on the NER dev set after start-up';
    const limit = `>= ${TARGET_DEV_PER_CPU_S} documents/CPU-s`;
    results.push(target(what, `median ${fixed(1)(devRate)} documents/CPU-s`, limit, devRate >= TARGET_DEV_PER_CPU_S));
  }
  const series = [true, false].flatMap((on) =>
    [...new Set(feedRuns.map((r) => r.builder))].map((b) => [on, b] as const),
  );
  for (const [fullText, builder] of series) {
    const runsOf = feedRuns.filter((r) => r.fullText === fullText && r.builder === builder);
    if (runsOf.length === 0) continue;
    const rateOf = median(runsOf.map((r) => r.perSecond));
    const mode = `full text ${fullText ? 'on' : 'off'}, ${builder ?? 'pool'}`;
    const limit = `>= ${TARGET_FEED_PER_S} stories/s`;
    results.push(target(`feeds end to end, ${mode}`, rate(rateOf), limit, rateOf >= TARGET_FEED_PER_S));
    // The honesty check: with full text off the feed carries every story whole, so no page is read.
    const pages = runsOf.reduce((sum, r) => sum + r.pages, 0);
    const expected = fullText ? runsOf.reduce((sum, r) => sum + r.stories, 0) : 0;
    results.push(target(`story pages fetched, ${mode}`, int(pages), `= ${int(expected)}`, pages === expected));
    const p95 = (pick: (r: FeedRun) => number[]) => percentile(runsOf.flatMap(pick), 95);
    const pair = (name: string, idle: number, busy: number) =>
      `${name} ${fixed(1)(idle)} ms idle, ${fixed(1)(busy)} ms ingesting (${fixed(1)(busy / idle)}x)`;
    const feed = [p95((r) => r.api.idle.feed), p95((r) => r.api.ingesting.feed)] as const;
    const search = [p95((r) => r.api.idle.search), p95((r) => r.api.ingesting.search)] as const;
    console.log(`  API p95 with ${mode}: ${pair('feed page', ...feed)}; ${pair('search', ...search)}`);
    const worst = Math.max(feed[1] / feed[0], search[1] / search[0]);
    results.push(
      target(
        `API p95 while ingesting, ${mode}`,
        `${fixed(1)(worst)}x idle at worst`,
        `<= ${TARGET_P95_RATIO}x idle`,
        worst <= TARGET_P95_RATIO,
      ),
    );
  }
  if (workerCold) {
    const { coldMs, longestTaskMs } = workerCold;
    const limit = `<= ${TARGET_FIRST_ANSWER_MS} ms`;
    results.push(
      target('worker first answer (seed story)', `${fixed(1)(coldMs)} ms`, limit, coldMs <= TARGET_FIRST_ANSWER_MS),
    );
    if (longestTaskMs !== null) {
      const what = 'longest main-thread task, worker start to first answer';
      results.push(target(what, `${fixed(1)(longestTaskMs)} ms`, `< ${MAX_TASK_MS} ms`, longestTaskMs < MAX_TASK_MS));
    }
  }
  if (workerSummary) console.log(`  ${workerSummary}`);
  console.log(`  total time ${seconds(performance.now() - started)}`);
  return values.strict && results.some((r) => !r.pass) ? 1 : 0;
}

process.exitCode = await main();
