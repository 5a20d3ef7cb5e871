import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { afterAll, beforeAll, expect } from 'vitest';
import { createApiHandler, type FetchHandler } from '../../../src/news/api/api-handler';
import { parseCorpusFiles } from '../../../src/news/corpus-data';
import { createCorpusIndex } from '../../../src/news/engine/corpus-index';
import { createCorpusStore } from '../../../src/news/store/corpus-store';
import type { Article } from '../../../src/news/schema/article';
import { fixtureArticles, fixtureEntities } from './fixture-corpus';

export interface JsonResponse {
  response: Response;
  status: number;
  /** Undefined when the response has no body (204, HEAD). */
  body: Record<string, unknown> | undefined;
}

export interface TestServer {
  /** Base URL including /api, as the reader would be configured. */
  api: string;
  get(path: string, init?: RequestInit): Promise<JsonResponse>;
  /** The ids of a successful list response. */
  ids(path: string): Promise<string[]>;
  close(): Promise<void>;
}

/** Serves the Fetch handler (mounted at /api) on a real socket, as the Lede server's Node adapter does. */
export async function serveApi(handler: FetchHandler): Promise<TestServer> {
  const server = createAdaptorServer({ fetch: handler }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const api = `http://127.0.0.1:${port}/api`;
  const get = async (path: string, init?: RequestInit): Promise<JsonResponse> => {
    const response = await fetch(`${api}${path}`, init);
    const text = await response.text();
    return {
      response,
      status: response.status,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
    };
  };
  return {
    api,
    get,
    async ids(path) {
      const { status, body } = await get(path);
      expect(status, JSON.stringify(body)).toBe(200);
      return (body?.items as Array<{ id: string }>).map((item) => item.id);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The in-memory corpus, checked by the same parser the loader uses, behind a real socket. */
export function serveCorpus(articles: Article[] = fixtureArticles()): Promise<TestServer> {
  const corpus = parseCorpusFiles({ articles }, { entities: fixtureEntities(articles) });
  expect(corpus.dropped).toEqual([]);
  const index = createCorpusIndex(corpus.articles, corpus.entities);
  return serveApi(createApiHandler({ store: createCorpusStore(() => Promise.resolve(index)) }));
}

/** Serves the fixture corpus for the whole test file: started before its tests, closed after. */
export function serveCorpusForFile(): Pick<TestServer, 'get' | 'ids'> {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await serveCorpus();
  });
  afterAll(() => server?.close());
  const running = (): TestServer => {
    if (!server) throw new Error('the corpus server is not running yet');
    return server;
  };
  return { get: (path, init) => running().get(path, init), ids: (path) => running().ids(path) };
}
