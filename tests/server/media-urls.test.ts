// @vitest-environment node
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/news/store/memory-store';
import { fixtureArticles, fixtureEntities } from '../news/api/fixture-corpus';
import { startTestApp, type TestApp } from './serve-app';

const SHARED_SECRET = 'one-secret-for-every-server-behind-the-balancer';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
let images: Server;
let imageUrl = '';
let first: TestApp;
let second: TestApp;
let stranger: TestApp;

/** Three stories: a picture on some other host, one on an allow-listed CDN, and a file of Lede's own. */
function storesWithImages(foreignImage: string) {
  const [template] = fixtureArticles();
  if (!template) throw new Error('the fixture corpus is empty');
  const stories = [
    { ...template, id: 'foreign-image', image: { url: foreignImage, alt: 'A harbour at dawn' } },
    { ...template, id: 'cdn-image', image: { url: 'https://images.example.com/a.jpg', alt: 'A CDN picture' } },
    { ...template, id: 'own-image', image: { url: '../data/images/own.jpg', alt: 'A bundled picture' } },
  ];
  return async () => {
    const store = createMemoryStore();
    await store.seedOnce({ articles: stories, entities: fixtureEntities() });
    return store;
  };
}

beforeAll(async () => {
  images = createServer((_request, response) => response.writeHead(200, { 'content-type': 'image/png' }).end(PNG));
  await new Promise<void>((done) => images.listen(0, '127.0.0.1', done));
  imageUrl = `http://127.0.0.1:${(images.address() as { port: number }).port}/harbour.png`;
  const store = storesWithImages(imageUrl);
  const media = (secret: string) => ({ secret, allowAddresses: ['127.0.0.1'] });
  const imageHosts = ['images.example.com'];
  first = await startTestApp({ store: await store(), media: media(SHARED_SECRET), imageHosts });
  second = await startTestApp({ store: await store(), media: media(SHARED_SECRET), imageHosts });
  stranger = await startTestApp({ store: await store(), media: media('a-different-secret-of-another-deployment') });
});
afterAll(async () => {
  await Promise.all([first.stop(), second.stop(), stranger.stop()]);
  await new Promise((done) => images.close(done));
});

const imageOf = async (app: TestApp, id: string) =>
  ((await (await fetch(`${app.origin}/api/articles/${id}`)).json()) as { image: { url: string } }).image.url;

describe('story images as the Lede server sends them', () => {
  it('points another host’s image at its own signed proxy, in lists and single stories alike', async () => {
    const single = await imageOf(first, 'foreign-image');
    expect(single).toMatch(/^\/api\/media\?url=[^&]+&sig=[\w-]+$/);
    expect(new URL(single, first.origin).searchParams.get('url')).toBe(imageUrl);
    const list = (await (await fetch(`${first.origin}/api/articles?limit=100`)).json()) as {
      items: { id: string; image?: { url: string } }[];
    };
    expect(list.items.find((item) => item.id === 'foreign-image')?.image?.url).toBe(single);

    const proxied = await fetch(new URL(single, first.origin));
    expect(proxied.status).toBe(200);
    expect(proxied.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await proxied.arrayBuffer())).toEqual(PNG);
  });

  it('leaves allow-listed hosts and its own files as they are', async () => {
    expect(await imageOf(first, 'cdn-image')).toBe('https://images.example.com/a.jpg');
    expect(await imageOf(first, 'own-image')).toBe('../data/images/own.jpg');
    // Without the allow-list the CDN is just another host.
    expect(await imageOf(stranger, 'cdn-image')).toMatch(/^\/api\/media\?/);
  });

  it('signs alike on every server sharing LEDE_MEDIA_SECRET, and not on one with another secret', async () => {
    const fromFirst = await imageOf(first, 'foreign-image');
    expect(await imageOf(second, 'foreign-image')).toBe(fromFirst);
    expect((await fetch(new URL(fromFirst, second.origin))).status).toBe(200);
    expect((await fetch(new URL(fromFirst, stranger.origin))).status).toBe(403);
  });
});
