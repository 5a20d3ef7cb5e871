import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { staticImports } from './bundle-size';
import { kB, table, target, type TargetResult } from './format';

/**
 * The <lede-reader> script (dist/embed/lede-reader.js): its CSS is a string inside it, so JS+CSS is
 * the script and the chunks it imports statically, everything a host page downloads before the
 * element can render. Lazy chunks (each view, each source) and the entity worker come on demand.
 */
function closure(dir: string, entries: string[]): Set<string> {
  const files = new Set<string>();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (files.has(file) || !existsSync(join(dir, file))) continue;
    files.add(file);
    queue.push(...staticImports(readFileSync(join(dir, file), 'utf8'), file));
  }
  return files;
}

const gzip = (dir: string, files: Iterable<string>) =>
  [...files].reduce((total, file) => total + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);

export function printEmbedSize(outDir: string, targetKb: number): TargetResult[] {
  const dir = join(outDir, 'embed');
  if (!existsSync(join(dir, 'lede-reader.js'))) throw new Error(`${dir}/lede-reader.js does not exist: build first`);
  const chunk = (name: string) =>
    readdirSync(join(dir, 'chunks'))
      .filter((file) => file.startsWith(`${name}-`))
      .map((file) => posix.join('chunks', file));
  const script = closure(dir, ['lede-reader.js']);
  const feed = closure(dir, ['lede-reader.js', ...chunk('feed-route'), ...chunk('fixture-source')]);
  const all = closure(dir, ['lede-reader.js', ...readdirSync(join(dir, 'chunks')).map((f) => posix.join('chunks', f))]);
  table([
    ['embed', 'files', 'gzip'],
    ['lede-reader.js + static imports (JS+CSS)', String(script.size), kB(gzip(dir, script))],
    ['+ feed view and bundled-stories source', String(feed.size), kB(gzip(dir, feed))],
    ['every chunk (all views, both sources; no worker)', String(all.size), kB(gzip(dir, all))],
  ]);
  const bytes = gzip(dir, script);
  return [target('embed script JS+CSS gzip', kB(bytes), `<= ${targetKb} kB`, bytes <= targetKb * 1000)];
}
