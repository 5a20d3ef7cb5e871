import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH } from '../chromium';
import { positiveInt as positiveIntArg } from '../cli-args';
import { killAllNow } from '../bench/cleanup';
import { errorMessage, header, ms, seconds, kB } from '../bench/format';
import { ROOT } from '../bench/serve';
import { ensureFloorBuild } from './floor';
import { runPage, type FormFactor } from './lighthouse-run';
import { ledeServerSeries, serverPairs } from './server-series';
import { serveStatic, type StaticServer } from './static-server';
import { checkTargets, printMedians, type Series } from './targets';

const USAGE = `npm run bench:lcp -- [options]     (run \`npm run build\` first: this builds nothing of Lede's)

  --pairs N          interleaved rounds: floor, Lede feed, Lede story, embed (default 5)
  --desktop          Lighthouse's desktop preset instead of mobile (slow 4G, 4x CPU)
  --lede-dir DIR     Lede's build to serve statically (default dist/)
  --lede-url URL     measure a running Lede server (npm start) instead of serving --lede-dir
  --story ID         the story opened from a link (default: the newest in the bundled corpus)
  --skip-story       the feeds only
  --skip-embed       leave out the embed's portal page (embed-demo.html)
  --server           also the Lede server on a fresh PGlite seeded with the bundled corpus, rendering
                     pages (its reader built with VITE_API_BASE_URL=/api, as npm start does; ports N+2, N+3)
  --server-shell     with --server: also the server sending the plain shell (LEDE_RENDER_BUDGET_MS=0)
  --server-dist DIR  with --server: that build instead of building one into the floor cache
  --port N           the floor is served on N, Lede's dist/ on N+1 (default 4631)
  --floor-src DIR    the floor app (default ../shared/perf/floor-app)
  --floor-cache DIR  where the floor is built once (default $TMPDIR/lede-bench-lcp)
  --chrome PATH      Chromium (default $CHROMIUM_PATH or /usr/bin/chromium)
  --strict           exit 1 when a target is missed
  -h, --help`;

const { values } = parseArgs({
  options: {
    pairs: { type: 'string', default: '5' },
    desktop: { type: 'boolean', default: false },
    'lede-dir': { type: 'string', default: join(ROOT, 'dist') },
    'lede-url': { type: 'string' },
    story: { type: 'string' },
    'skip-story': { type: 'boolean', default: false },
    'skip-embed': { type: 'boolean', default: false },
    server: { type: 'boolean', default: false },
    'server-shell': { type: 'boolean', default: false },
    'server-dist': { type: 'string' },
    port: { type: 'string', default: '4631' },
    'floor-src': { type: 'string', default: join(ROOT, '..', 'shared', 'perf', 'floor-app') },
    'floor-cache': { type: 'string', default: join(tmpdir(), 'lede-bench-lcp') },
    chrome: { type: 'string', default: CHROMIUM_PATH },
    strict: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

/** The newest story of the bundled corpus, which both the static build and the server hold. */
function newestStory(ledeDir: string): string {
  const file = join(ledeDir, 'data', 'articles.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build, or pass --story`);
  const { articles } = JSON.parse(readFileSync(file, 'utf8')) as { articles: { id: string; publishedAt: string }[] };
  const newest = [...articles].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))[0];
  if (!newest) throw new Error(`${file} holds no stories`);
  return newest.id;
}

async function main(): Promise<number> {
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const pairs = positiveIntArg('pairs', values.pairs, USAGE);
  const port = positiveIntArg('port', values.port, USAGE);
  const formFactor: FormFactor = values.desktop ? 'desktop' : 'mobile';
  const ledeDir = resolve(values['lede-dir']);
  if (!values['lede-url'] && !existsSync(join(ledeDir, 'index.html'))) {
    console.error(`${ledeDir}/index.html is missing: run npm run build first\n\n${USAGE}`);
    return 2;
  }
  const servers: StaticServer[] = [];
  try {
    const floorDist = ensureFloorBuild(resolve(values['floor-src']), resolve(values['floor-cache']));
    const floor = await serveStatic(floorDist, port);
    servers.push(floor);
    let ledeUrl = values['lede-url']?.replace(/\/$/, '');
    if (!ledeUrl) {
      const lede = await serveStatic(ledeDir, port + 1);
      servers.push(lede);
      ledeUrl = lede.url;
    }
    const how = values['lede-url'] ? 'Lede server' : 'static dist/';
    const storyId = values['skip-story'] ? undefined : (values.story ?? newestStory(ledeDir));

    const series: Series[] = [
      { name: 'floor feed', url: `${floor.url}/`, runs: [] },
      { name: `Lede feed (${how})`, url: `${ledeUrl}/`, runs: [] },
    ];
    if (storyId) series.push({ name: `Lede story (${how})`, url: `${ledeUrl}/articles/${storyId}`, runs: [] });
    // A portal's page with two <lede-reader> elements (a tile and a column): the embed's first paint.
    if (!values['skip-embed'])
      series.push({ name: `embed in a portal (${how})`, url: `${ledeUrl}/embed-demo.html`, runs: [] });
    if (values.server) {
      const options = { port, storyId, shell: values['server-shell'], dist: values['server-dist'] };
      series.push(...(await ledeServerSeries(options, servers, resolve(values['floor-cache']))));
    }

    header(`First paint: Lede beside the floor, Lighthouse 12 ${formFactor}, ${pairs} interleaved rounds`);
    for (const s of series) console.log(`  ${s.name}: ${s.url}`);
    for (let round = 1; round <= pairs; round++) {
      for (const s of series) {
        try {
          const run = await runPage(s.url, values.chrome, formFactor);
          s.runs.push(run);
          console.log(
            `  #${round} ${s.name}: LCP ${seconds(run.lcp)}, TBT ${ms(run.tbt)}, CLS ${run.cls.toFixed(3)}, ` +
              `${kB(run.bytesBeforeLcp)} before LCP, ${kB(run.bytes)} total`,
          );
          for (const warning of run.warnings) console.log(`     warning: ${warning}`);
        } catch (error) {
          console.log(`  #${round} ${s.name}: failed: ${errorMessage(error)}`);
        }
      }
    }
    header('Medians (ratio to the floor)');
    printMedians(series);
    const [floorSeries, feed] = series;
    const story = series.find((s) => s.name.startsWith('Lede story'));
    if (!floorSeries?.runs.length || !feed?.runs.length) return values.strict ? 1 : 0;
    console.log('');
    const results = checkTargets(floorSeries, feed, story?.runs.length ? story : undefined);
    for (const [serverFeed, serverStory] of serverPairs(series)) {
      console.log(`  ${serverFeed.name.replace('Lede feed ', '')}:`);
      results.push(...checkTargets(floorSeries, serverFeed, serverStory?.runs.length ? serverStory : undefined));
    }
    return values.strict && results.some((r) => !r.pass) ? 1 : 0;
  } finally {
    for (const server of servers) await server.close();
  }
}

main()
  .then((code) => {
    killAllNow();
    process.exit(code);
  })
  .catch((error: unknown) => {
    console.error(`bench:lcp failed: ${errorMessage(error)}`);
    killAllNow();
    process.exit(1);
  });
