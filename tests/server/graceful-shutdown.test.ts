// @vitest-environment node
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createServerApp } from '../../src/server/app';
import { listen } from '../../src/server/listen';
import { fakeDist } from './serve-app';
import { createTestStore } from './test-store';

const dists: string[] = [];
afterEach(async () => {
  for (const dir of dists.splice(0)) await rm(dir, { recursive: true, force: true });
});
const dist = async () => {
  const dir = await fakeDist();
  dists.push(dir);
  return dir;
};

describe('closing the server', () => {
  it('refuses new connections, finishes the request in flight, then resolves', async () => {
    const store = await createTestStore();
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started = () => undefined as void;
    const inFlight = new Promise<void>((resolve) => (started = resolve));
    const slowStore = {
      ...store,
      async listArticles(query: Parameters<typeof store.listArticles>[0]) {
        started();
        await held;
        return store.listArticles(query);
      },
    };
    const app = createServerApp({
      store: slowStore,
      distDir: await dist(),
      adminToken: undefined,
      corsOrigins: '*',
      rateLimitPerMinute: 100,
    });
    const server = await listen(app.fetch, '127.0.0.1', 0);
    const slow = fetch(`${server.url}api/articles`);
    await inFlight;

    let closed = false;
    const closing = server.close(5_000).then(() => (closed = true));
    await expect(fetch(`${server.url}api/health`)).rejects.toThrow();
    expect(closed).toBe(false);

    release();
    const response = await slow;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { total: number }).total).toBe(7);
    await closing;
    expect(closed).toBe(true);
  });

  it('cuts connections still open after the grace period', async () => {
    const store = await createTestStore();
    const stuck = { ...store, listArticles: () => new Promise<never>(() => undefined) };
    const app = createServerApp({
      store: stuck,
      distDir: await dist(),
      adminToken: undefined,
      corsOrigins: '*',
      rateLimitPerMinute: 100,
    });
    const server = await listen(app.fetch, '127.0.0.1', 0);
    const request = fetch(`${server.url}api/articles`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const startedAt = Date.now();
    await server.close(200);
    expect(Date.now() - startedAt).toBeLessThan(2_000);
    await expect(request).rejects.toThrow();
  });
});
