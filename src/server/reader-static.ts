import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';

/** Hashed file names never change content: cache them for a year. Everything else is revalidated. */
const cacheHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.headers.has('cache-control')) return;
  const immutable = c.req.path.startsWith('/assets/') && c.res.status === 200;
  c.res.headers.set('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
};

/** The reader's own runtime config: this server is its backend, whatever the build defaulted to. */
export const SERVER_READER_CONFIG = { apiBaseUrl: '/api' } as const;

/** config.json as this server answers it: its API, and the image hosts its CSP allows. */
export function serverReaderConfig(imageHosts: readonly string[]) {
  return { ...SERVER_READER_CONFIG, imageHosts: [...imageHosts] };
}

/**
 * Serves the built reader: its files (precompressed .br/.gz when the client takes them), its
 * config.json pointing at /api, and index.html for every app route (/articles/x, /entities/y, ...)
 * so links into the reader survive a reload. Paths that look like files and are missing get 404.
 */
export function mountReader(app: Hono, distDir: string, imageHosts: readonly string[] = []): void {
  const indexPath = join(distDir, 'index.html');
  app.use('*', cacheHeaders);
  app.get('/config.json', (c) => c.json(serverReaderConfig(imageHosts), 200, { 'cache-control': 'no-store' }));
  app.use('*', serveStatic({ root: distDir, precompressed: true }));
  app.get('*', async (c) => {
    const lastSegment = c.req.path.split('/').at(-1) ?? '';
    if (lastSegment.includes('.')) return c.text(`Not found: ${c.req.path.slice(0, 200)}`, 404);
    if (!existsSync(indexPath)) {
      return c.text(`The reader is not built: ${indexPath} is missing. Run \`npm run build\` (npm start does).`, 503);
    }
    return c.html(await readFile(indexPath, 'utf8'), 200, { 'cache-control': 'no-cache' });
  });
}
