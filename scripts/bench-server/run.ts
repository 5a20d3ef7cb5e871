/**
 * `npm run bench:server`: the store at scale. For each corpus size, synthetic stories (the
 * generator behind `npm run corpus:synthetic`, same seed) are loaded into PGlite and, with
 * DATABASE_URL set, into PostgreSQL; then each read is timed over --requests calls straight on
 * the store (no HTTP). Prints numbers and PASS/FAIL against the targets; exits 0 unless --strict.
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { NewsStore } from '../../src/news/store/news-store';
import { positiveInt } from '../cli-args';
import { header, int, ms, seconds, table, target, type TargetResult } from '../bench/format';
import { percentile } from '../bench/stats';
import { generateSyntheticCorpus } from '../synthetic/generate';
import { freshPglite, freshPostgres, type BenchStore } from './engines';
import { workloads } from './workload';

const USAGE = `npm run bench:server -- [options]

  --sizes N,N        corpus sizes (default 10000,100000)
  --requests N       timed calls of each read (default 200)
  --seed N           synthetic corpus seed (default 1)
  --engines LIST     pglite,postgres (default both; postgres needs DATABASE_URL)
  --strict           exit 1 when a target fails`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    requests: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    engines: { type: 'string', default: 'pglite,postgres' },
    strict: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((size) => positiveInt('sizes', size, USAGE));
const requests = positiveInt('requests', values.requests, USAGE);
const seed = Number(values.seed);
const databaseUrl = process.env.DATABASE_URL;
const TARGET_MS = { pglite: 150, postgres: 50 } as const;
const BATCH = 1_000;

const engines = values.engines.split(',').filter((engine): engine is 'pglite' | 'postgres' => {
  if (engine === 'postgres' && !databaseUrl) {
    console.log(
      'PostgreSQL skipped: set DATABASE_URL (e.g. postgresql://lede:lede@127.0.0.1:5432/lede) to include it.',
    );
    return false;
  }
  return engine === 'pglite' || engine === 'postgres';
});

async function load(store: NewsStore, articles: readonly unknown[]): Promise<number> {
  const started = performance.now();
  for (let start = 0; start < articles.length; start += BATCH) {
    const report = await store.upsertArticles(articles.slice(start, start + BATCH));
    if (report.refused.length > 0) throw new Error(`refused: ${JSON.stringify(report.refused[0])}`);
  }
  return performance.now() - started;
}

const results: TargetResult[] = [];
for (const size of sizes) {
  const generated = performance.now();
  const corpus = generateSyntheticCorpus(size, seed);
  header(`${int(size)} synthetic stories (seed ${seed}, generated in ${seconds(performance.now() - generated)})`);
  const kinds = workloads(corpus);
  for (const engine of engines) {
    const opened: BenchStore =
      engine === 'pglite' ? await freshPglite() : await freshPostgres(databaseUrl ?? '', String(size));
    try {
      const loadMs = await load(opened.store, corpus.articles);
      console.log(
        `\n  ${engine}: loaded in ${seconds(loadMs)} (${int((size / loadMs) * 1000)} stories/s), batches of ${BATCH}`,
      );
      const rows: string[][] = [['read', 'p50', 'p95', 'max']];
      for (const kind of kinds) {
        for (let i = 0; i < 5; i += 1) await kind.run(opened.store, i);
        const times: number[] = [];
        for (let i = 0; i < requests; i += 1) {
          const started = performance.now();
          await kind.run(opened.store, i);
          times.push(performance.now() - started);
        }
        const p95 = percentile(times, 95);
        rows.push([kind.name, ms(percentile(times, 50)), ms(p95), ms(Math.max(...times))]);
        results.push({ name: `${engine} ${size} ${kind.name}`, pass: p95 <= TARGET_MS[engine] });
      }
      table(rows);
      // Timings are wall-clock on a shared machine: say how busy it was while they were taken.
      console.log(`  load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`);
      const failed = results.filter((r) => r.name.startsWith(`${engine} ${size} `) && !r.pass).map((r) => r.name);
      target(
        `${engine} at ${int(size)}: every p95`,
        failed.length ? `over in ${failed.length}` : 'all within',
        `<= ${TARGET_MS[engine]} ms`,
        failed.length === 0,
      );
    } finally {
      await opened.dispose();
    }
  }
}
if (values.strict && results.some((result) => !result.pass)) process.exit(1);
