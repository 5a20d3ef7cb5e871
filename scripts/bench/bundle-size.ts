import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { kB, table, target, type TargetResult } from './format';

/**
 * What a first visit downloads before the feed can render: the entry module, everything index.html
 * modulepreloads, its stylesheets, and (defensively) any chunk the initial JS imports statically but
 * index.html forgot to preload. Everything else under assets/ is a lazy chunk.
 */

type How = 'entry' | 'modulepreload' | 'stylesheet' | 'static import' | 'lazy';

export interface BundleFile {
  file: string;
  how: How;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface BundleReport {
  html: BundleFile;
  initial: BundleFile[];
  lazy: BundleFile[];
}

function sizes(outDir: string, file: string, how: How): BundleFile {
  const bytes = readFileSync(join(outDir, file));
  return {
    file,
    how,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    }).length,
  };
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s=<>/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = m[1];
    if (name) attrs.set(name.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** A same-origin asset URL from index.html as a path inside outDir, or null for external URLs. */
function localPath(url: string | undefined): string | null {
  if (!url || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return null;
  return posix.normalize(url.replace(/^\.?\//, '').split(/[?#]/)[0] ?? '');
}

export function initialAssets(html: string): { file: string; how: How }[] {
  const found: { file: string; how: How }[] = [];
  const add = (file: string | null, how: How) => {
    if (file && !found.some((f) => f.file === file)) found.push({ file, how });
  };
  for (const m of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attrs = attributes(m[0].replace(/^<\w+/, ''));
    if (m[1]?.toLowerCase() === 'script') {
      if (attrs.get('type') === 'module') add(localPath(attrs.get('src')), 'entry');
      continue;
    }
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('modulepreload')) add(localPath(attrs.get('href')), 'modulepreload');
    else if (rel.includes('stylesheet')) add(localPath(attrs.get('href')), 'stylesheet');
  }
  return found;
}

/** Relative static imports (`import"./x.js"`, `from"./x.js"`); `import("./x.js")` is lazy and not matched. */
export function staticImports(code: string, fromFile: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+?\.js)["']/g)) {
    if (m[1]) out.push(posix.normalize(posix.join(posix.dirname(fromFile), m[1])));
  }
  return out;
}

function listAssets(dir: string, base: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listAssets(full, base);
    return /\.(m?js|css)$/.test(entry.name) ? [relative(base, full).split('\\').join('/')] : [];
  });
}

export function measureBundle(outDir: string): BundleReport {
  const htmlPath = join(outDir, 'index.html');
  if (!existsSync(htmlPath)) throw new Error(`${htmlPath} does not exist: build first (drop --no-build)`);
  const html = readFileSync(htmlPath, 'utf8');
  const assets = initialAssets(html);
  if (!assets.some((a) => a.how === 'entry')) throw new Error('index.html has no <script type="module" src>');

  const queue = assets.filter((a) => a.file.endsWith('.js')).map((a) => a.file);
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const path = join(outDir, file);
    if (!existsSync(path)) continue;
    for (const dep of staticImports(readFileSync(path, 'utf8'), file)) {
      if (assets.some((a) => a.file === dep)) continue;
      assets.push({ file: dep, how: 'static import' });
      queue.push(dep);
    }
  }

  const missing = assets.filter((a) => !existsSync(join(outDir, a.file)));
  if (missing.length > 0)
    throw new Error(`index.html refers to missing files: ${missing.map((m) => m.file).join(', ')}`);
  const initial = assets.map((a) => sizes(outDir, a.file, a.how));
  const initialSet = new Set(initial.map((f) => f.file));
  const lazy = listAssets(outDir, outDir)
    // embed/ is the <lede-reader> build, measured on its own (embed-size.ts).
    .filter((file) => !initialSet.has(file) && !file.startsWith('embed/'))
    .map((file) => sizes(outDir, file, 'lazy'))
    .sort((a, b) => b.gzip - a.gzip);
  return { html: sizes(outDir, 'index.html', 'entry'), initial, lazy };
}

function sum(files: readonly BundleFile[], key: 'raw' | 'gzip' | 'brotli'): number {
  return files.reduce((total, f) => total + f[key], 0);
}

function rows(files: readonly BundleFile[]): string[][] {
  return files.map((f) => [f.file, f.how, kB(f.raw), kB(f.gzip), kB(f.brotli)]);
}

export function printBundle(report: BundleReport, jsTargetKb: number): TargetResult[] {
  const { initial, lazy, html } = report;
  const js = initial.filter((f) => /\.m?js$/.test(f.file));
  const css = initial.filter((f) => f.file.endsWith('.css'));
  console.log('  Initial (what index.html loads before the feed renders); gzip -9, brotli q11:');
  table([
    ['file', 'loaded as', 'raw', 'gzip', 'brotli'],
    ...rows(initial),
    ['initial JS', '', kB(sum(js, 'raw')), kB(sum(js, 'gzip')), kB(sum(js, 'brotli'))],
    ['initial CSS', '', kB(sum(css, 'raw')), kB(sum(css, 'gzip')), kB(sum(css, 'brotli'))],
    ['initial JS+CSS', '', kB(sum(initial, 'raw')), kB(sum(initial, 'gzip')), kB(sum(initial, 'brotli'))],
    ['index.html', '', kB(html.raw), kB(html.gzip), kB(html.brotli)],
  ]);
  const unpreloaded = initial.filter((f) => f.how === 'static import');
  if (unpreloaded.length > 0) {
    console.log(`  note: statically imported but not modulepreloaded: ${unpreloaded.map((f) => f.file).join(', ')}`);
  }
  console.log(`\n  Lazy chunks (${lazy.length}, loaded on demand):`);
  if (lazy.length === 0) console.log('  (none)');
  else
    table([
      ['file', 'loaded as', 'raw', 'gzip', 'brotli'],
      ...rows(lazy),
      ['lazy total', '', kB(sum(lazy, 'raw')), kB(sum(lazy, 'gzip')), kB(sum(lazy, 'brotli'))],
    ]);
  console.log('');
  const jsGzip = sum(js, 'gzip');
  const kib = `${(jsGzip / 1024).toFixed(1)} KiB`;
  return [target('initial JS gzip', `${kB(jsGzip)} = ${kib}`, `<= ${jsTargetKb} kB`, jsGzip <= jsTargetKb * 1000)];
}
