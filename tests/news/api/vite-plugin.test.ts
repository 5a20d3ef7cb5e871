// @vitest-environment node
import { createServer as createHttpServer, type Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, preview, type ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ledeApi } from '../../../src/news/api/vite-plugin';
import { fixtureArticles, fixtureEntities } from './fixture-corpus';

let root: string;
const cleanups: Array<() => Promise<void>> = [];
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'lede-vite-'));
  delete process.env.LEDE_CORPUS_DIR;
});
afterEach(async () => {
  delete process.env.LEDE_CORPUS_DIR;
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await rm(root, { recursive: true, force: true });
});

async function writeCorpus(dir: string, count: number) {
  const articles = fixtureArticles().slice(0, count);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'articles.json'), JSON.stringify({ articles }));
  await writeFile(join(dir, 'entities.json'), JSON.stringify({ entities: fixtureEntities(articles) }));
}

function origin(server: Server | null | undefined): string {
  const { port } = server?.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** Middleware mode runs the plugin's configureServer without opening a port or a watcher socket. */
async function startDev(): Promise<string> {
  const vite: ViteDevServer = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false, watch: null },
    plugins: [ledeApi()],
  });
  const http = createHttpServer(vite.middlewares);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
    await vite.close();
  });
  return origin(http);
}

async function total(base: string): Promise<unknown> {
  const response = await fetch(`${base}/api/articles`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

describe('ledeApi', () => {
  it('mounts the API at /api on the dev server, reading public/data', async () => {
    await writeCorpus(join(root, 'public', 'data'), 3);
    const base = await startDev();
    expect(await total(base)).toBe(3);
    const doc = await fetch(`${base}/api/openapi.json`);
    expect(doc.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await doc.json()).toMatchObject({ openapi: '3.1.0' });
  });

  it('answers 503 with what to run when public/data is missing', async () => {
    const response = await fetch(`${await startDev()}/api/articles`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('unavailable');
    expect(body.error.message).toContain(join(root, 'public', 'data', 'articles.json'));
    expect(body.error.message).toContain('npm run corpus');
  });

  it('serves LEDE_CORPUS_DIR instead when it is set', async () => {
    await writeCorpus(join(root, 'public', 'data'), 3);
    await writeCorpus(join(root, 'synthetic'), 5);
    process.env.LEDE_CORPUS_DIR = 'synthetic';
    expect(await total(await startDev())).toBe(5);
  });

  it('blames LEDE_CORPUS_DIR when the folder it names is empty', async () => {
    await writeCorpus(join(root, 'public', 'data'), 3);
    process.env.LEDE_CORPUS_DIR = 'nowhere';
    const response = await fetch(`${await startDev()}/api/articles`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toContain(
      `${join(root, 'nowhere', 'articles.json')} does not exist. LEDE_CORPUS_DIR points there`,
    );
  });

  it('mounts on vite preview, reading the build output', async () => {
    await writeCorpus(join(root, 'public', 'data'), 3);
    await writeCorpus(join(root, 'out', 'data'), 4);
    expect(await total(await startPreview())).toBe(4);
  });

  it('tells preview users to build when the output has no corpus', async () => {
    const response = await fetch(`${await startPreview()}/api/entities`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(
      /out\/data\/articles\.json does not exist\. Preview serves the build output.*npm run build/,
    );
  });
});

async function startPreview(): Promise<string> {
  await mkdir(join(root, 'out'), { recursive: true });
  await writeFile(join(root, 'out', 'index.html'), '<!doctype html><title>Lede</title>');
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: 'out' },
    preview: { port: 0, host: '127.0.0.1', open: false },
    plugins: [ledeApi()],
  });
  cleanups.push(() => server.close());
  return origin(server.httpServer as Server);
}
