import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readBuildConfig, withMetaPolicy } from './csp/meta-policy';

/**
 * The last step of `npm run build`: every HTML page in dist/ (the feed, the prerendered stories,
 * embed.html) gets its Content Security Policy as a meta tag, hashed over the inline scripts the
 * earlier steps left in it, and its .gz/.br copies are rewritten to match. After editing
 * dist/config.json (an image host, a backend), run it again: `npx tsx scripts/csp-meta.ts`.
 */
const DIST = process.argv[2] ?? join(import.meta.dirname, '..', 'dist');
// The demo portal plays a third party's page, inline script and hostile CSS included; the Lede
// server leaves it without the reader's policy too (src/server/security-headers.ts).
const NOT_THE_READER = new Set(['embed-demo.html']);

const config = readBuildConfig(readFileSync(join(DIST, 'config.json'), 'utf8'));
let pages = 0;
for (const file of htmlFiles(DIST)) {
  if (NOT_THE_READER.has(relative(DIST, file))) continue;
  const page = withMetaPolicy(readFileSync(file, 'utf8'), config);
  writeFileSync(file, page);
  if (existsSync(`${file}.gz`)) writeFileSync(`${file}.gz`, gzipSync(page, { level: 9 }));
  const quality = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY };
  if (existsSync(`${file}.br`)) writeFileSync(`${file}.br`, brotliCompressSync(page, { params: quality }));
  pages += 1;
}
console.log(`csp-meta: a Content-Security-Policy meta tag in ${pages} pages`);

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}
