/**
 * `npm run bench:ingest`: how fast raw story text becomes Articles with extracted entities. Prints
 * numbers, not a test: the machine is shared and noisy, so it repeats runs, prints medians and
 * ranges, and exits 0 unless --strict. Worker round-trip latency (postMessage, structured clone)
 * is measured by the browser test; here per-story extraction in Node stands in for the work done
 * inside the worker.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { positiveInt as positiveIntArg } from '../cli-args';
import { cleanText } from '../../src/ingest/clean';
import { articleFromText } from '../../src/ingest/cli/article-from-text';
import { extractEntities } from '../../src/ingest/extract';
import { parseStoryFile } from '../../src/ingest/story-file';
import { fixed, header, int, seconds, table, target, type TargetResult } from '../bench/format';
import { max, median, medianRange, percentile } from '../bench/stats';
import { generateSyntheticCorpus } from '../synthetic/generate';
import { rawStoryText } from './raw-text';

const USAGE = `npm run bench:ingest -- [options]

  --count N        stories per run, spread evenly over the synthetic corpus (default 1500)
  --corpus N       size of the synthetic corpus they are drawn from (default 10000)
  --runs N         timed runs of each mode (default 3)
  --seed N         synthetic corpus seed (default 1)
  --skip-cli       in-process only
  --strict         exit 1 when a target fails
  -h, --help

The defaults take about 2 minutes at ~80 stories/s; --count 10000 --runs 1 ingests the whole corpus.`;

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1500' },
    corpus: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'skip-cli': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const positiveInt = (name: string, raw: string | undefined) => positiveIntArg(name, raw, USAGE);

const TARGET_STORIES_PER_S = 200;
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

/** extractEntities alone on already-cleaned paragraphs: the work the reader's worker does per story. */
function extractionLatency(stories: readonly Story[]): number[] {
  const cleaned = stories.map(({ label, text }) => {
    const body = text.startsWith('title: ') ? parseStoryFile(`${label}.txt`, text) : { body: text, title: undefined };
    return { paragraphs: cleanText(body.body).paragraphs, title: body.title };
  });
  return cleaned.map(({ paragraphs, title }) => {
    const t0 = performance.now();
    extractEntities(paragraphs, title);
    return performance.now() - t0;
  });
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

function main(): number {
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const count = positiveInt('count', values.count);
  const corpusSize = positiveInt('corpus', values.corpus);
  const runs = positiveInt('runs', values.runs);
  const seed = positiveInt('seed', values.seed);
  const started = performance.now();
  const results: TargetResult[] = [];

  header('Input');
  const stories = sample(corpusSize, count, seed);
  const withHeader = stories.filter((s) => s.text.startsWith('title: ')).length;
  console.log(
    `  ${int(stories.length)} stories drawn from a ${int(corpusSize)}-story synthetic corpus (seed ${seed}), as raw text:`,
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
  console.log("  a proxy for the work inside the reader's worker; its round-trip is measured by the browser test");
  const extractOnly = extractionLatency(stories);
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
      `  ${PIN.length ? 'taskset -c 0 ' : ''}tsx scripts/ingest.ts FILE... > out.ndjson, one process per run, startup included`,
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

  header('Summary');
  const rate = (value: number) => `median ${fixed(1)(value)} stories/s`;
  const limit = `>= ${TARGET_STORIES_PER_S} stories/s`;
  results.push(target('in-process library', rate(libraryRate), limit, libraryRate >= TARGET_STORIES_PER_S));
  if (!values['skip-cli']) {
    const cliRate = median(cli);
    results.push(target('CLI end to end', rate(cliRate), limit, cliRate >= TARGET_STORIES_PER_S));
  }
  console.log(`  total time ${seconds(performance.now() - started)}`);
  return values.strict && results.some((r) => !r.pass) ? 1 : 0;
}

process.exitCode = main();
