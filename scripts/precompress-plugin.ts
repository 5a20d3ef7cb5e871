import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.html': 'text/html; charset=utf-8',
};
const MIN_BYTES = 1024;

/**
 * Writes a .gz and a .br beside every compressible file of the build. `vite preview` serves the
 * .gz, as a static host with gzip_static would; the Lede server (`npm start`) serves either,
 * whichever the browser takes. Without them the corpus JSON and the bundle travel uncompressed,
 * which no real deployment would do.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'lede-precompress',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!(extname(file) in TYPES) || statSync(file).size < MIN_BYTES) continue;
        const content = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
        const quality = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY };
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: quality }));
      }
    },
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const type = TYPES[extname(req.url?.split('?')[0] ?? '')];
        if (!type || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return next();
        const path = normalize(join(root, decodeURIComponent(req.url?.split('?')[0] ?? '')));
        if (!path.startsWith(root + sep) || !existsSync(`${path}.gz`)) return next();
        res.setHeader('content-type', type);
        res.setHeader('content-encoding', 'gzip');
        res.setHeader('vary', 'accept-encoding');
        res.setHeader(
          'cache-control',
          req.url?.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        res.end(req.method === 'HEAD' ? undefined : readFileSync(`${path}.gz`));
      });
    },
  };
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (!/\.(gz|br)$/.test(entry.name)) yield path;
  }
}
