import { join, resolve } from 'node:path';
import { buildServerReader, startLedeServer } from './server-target';
import type { StaticServer } from './static-server';
import type { Series } from './targets';

export interface ServerSeriesOptions {
  port: number;
  storyId: string | undefined;
  /** Also the server sending the plain shell: the figures before it rendered pages. */
  shell: boolean;
  /** A reader built for the server; built into the cache folder when absent. */
  dist: string | undefined;
}

/** `--server`: the Lede server's feed and story (and with `--server-shell`, its plain shell), to run beside the rest. */
export async function ledeServerSeries(
  options: ServerSeriesOptions,
  servers: StaticServer[],
  cacheDir: string,
): Promise<Series[]> {
  const dist = options.dist ? resolve(options.dist) : buildServerReader(join(cacheDir, 'server-dist'));
  const kinds = [{ label: 'Lede server, rendered', budgetMs: 300, port: options.port + 2 }];
  if (options.shell) kinds.push({ label: 'Lede server, shell', budgetMs: 0, port: options.port + 3 });
  const series: Series[] = [];
  for (const kind of kinds) {
    const server = await startLedeServer(dist, kind.port, kind.budgetMs);
    servers.push(server);
    series.push({ name: `Lede feed (${kind.label})`, url: `${server.url}/`, runs: [] });
    if (options.storyId) {
      series.push({ name: `Lede story (${kind.label})`, url: `${server.url}/articles/${options.storyId}`, runs: [] });
    }
  }
  return series;
}

/** The server's feed series that ran, each with its story series (the same server's). */
export function serverPairs(all: readonly Series[]): [Series, Series | undefined][] {
  return all
    .filter((s) => s.name.startsWith('Lede feed (Lede server') && s.runs.length > 0)
    .map((feed) => [feed, all.find((s) => s.name === feed.name.replace('Lede feed', 'Lede story'))]);
}
