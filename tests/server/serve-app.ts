import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { NewsStore } from '../../src/news/store/news-store';
import { createServerApp, type ServerAppOptions } from '../../src/server/app';
import { listen, type RunningServer } from '../../src/server/listen';
import { createTestStore } from './test-store';

export const INDEX_HTML = '<!doctype html><title>Lede</title><div id="root"></div>';
export const BUNDLE = `console.log(${JSON.stringify('x'.repeat(2000))});`;
export const ADMIN_TOKEN = 'a-test-token-that-is-long-enough';

/** A dist/ as `npm run build` leaves it, small: index.html, a hashed bundle with .br and .gz, the embed. */
export async function fakeDist(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lede-dist-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), INDEX_HTML);
  await writeFile(join(dir, 'config.json'), '{ "apiBaseUrl": null }\n');
  await writeFile(join(dir, 'embed.html'), '<!doctype html><title>Lede embed</title>');
  await writeFile(join(dir, 'embed-demo.html'), '<!doctype html><title>A portal</title><script>1</script>');
  await writeFile(join(dir, 'assets', 'shell-AbC123.js'), BUNDLE);
  await writeFile(join(dir, 'assets', 'shell-AbC123.js.br'), brotliCompressSync(BUNDLE));
  await writeFile(join(dir, 'assets', 'shell-AbC123.js.gz'), gzipSync(BUNDLE));
  return dir;
}

export interface TestApp extends RunningServer {
  origin: string;
  store: NewsStore;
  stop(): Promise<void>;
}

/** The Lede server's app on an ephemeral port, over real HTTP. */
export async function startTestApp(overrides: Partial<ServerAppOptions> = {}): Promise<TestApp> {
  const distDir = overrides.distDir ?? (await fakeDist());
  const store = overrides.store ?? (await createTestStore());
  const app = createServerApp({
    store,
    distDir,
    adminToken: ADMIN_TOKEN,
    corsOrigins: '*',
    rateLimitPerMinute: 10_000,
    ...overrides,
  });
  const running = await listen(app.fetch, '127.0.0.1', 0);
  return {
    ...running,
    origin: running.url.replace(/\/$/, ''),
    store,
    async stop() {
      await running.close(100);
      if (!overrides.distDir) await rm(distDir, { recursive: true, force: true });
    },
  };
}
