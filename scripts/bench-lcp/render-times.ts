import { parseArgs } from 'node:util';
import { positiveInt } from '../cli-args';
import { killAllNow } from '../bench/cleanup';
import { errorMessage, header, table } from '../bench/format';
import { percentile } from '../bench/stats';
import { buildServerReader, startLedeServer } from './server-target';

const USAGE = `npx tsx scripts/bench-lcp/render-times.ts [--requests N] [--budget MS] [--server-dist DIR] [--port N]

Starts the Lede server on a fresh PGlite seeded with the bundled corpus and asks it for the feed
and the newest story N times each, one request at a time, printing the render time it reports
(Server-Timing) and the whole response time, p50 and p95, and how many went out as the shell.`;

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '300' },
    budget: { type: 'string', default: '300' },
    'server-dist': { type: 'string' },
    port: { type: 'string', default: '4544' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  if (values.help) return console.log(USAGE);
  const requests = positiveInt('requests', values.requests, USAGE);
  const budget = Number(values.budget);
  const dist = values['server-dist'] ?? buildServerReader(`${process.env.TMPDIR ?? '/tmp'}/lede-bench-lcp/server-dist`);
  const server = await startLedeServer(dist, positiveInt('port', values.port, USAGE), budget);
  try {
    const newest = (await (await fetch(`${server.url}/api/articles?limit=1`)).json()) as { items: { id: string }[] };
    const paths = ['/', '/?q=nato', `/articles/${newest.items[0]?.id ?? ''}`];
    header(`Render time on the Lede server: ${requests} requests per page, one at a time, budget ${budget} ms`);
    const rows = [['page', 'render p50', 'render p95', 'response p50', 'response p95', 'shell', 'bytes (br)']];
    for (const path of paths) {
      const render: number[] = [];
      const total: number[] = [];
      let shells = 0;
      let bytes = 0;
      for (let i = 0; i < requests; i++) {
        const started = performance.now();
        const response = await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'br' } });
        const body = await response.arrayBuffer();
        total.push(performance.now() - started);
        const timing = /desc="(\w+)";dur=(\d+)/.exec(response.headers.get('server-timing') ?? '');
        render.push(Number(timing?.[2] ?? NaN));
        if (timing?.[1] !== 'rendered') shells++;
        bytes = Number(response.headers.get('content-length') ?? body.byteLength);
      }
      rows.push([
        path,
        ms(percentile(render, 50)),
        ms(percentile(render, 95)),
        ms(percentile(total, 50)),
        ms(percentile(total, 95)),
        `${shells}/${requests}`,
        String(bytes),
      ]);
    }
    table(rows);
  } finally {
    await server.close();
  }
}

main()
  .then(() => {
    killAllNow();
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(`render-times failed: ${errorMessage(error)}`);
    killAllNow();
    process.exit(1);
  });
