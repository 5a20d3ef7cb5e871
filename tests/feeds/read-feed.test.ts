// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFeed, readFeed } from '../../src/feeds/read-feed';
import { type LoopbackWeb, startLoopbackWeb } from './loopback-web';

let web: LoopbackWeb;
const allowed = { allowAddresses: ['127.0.0.1'] };

beforeAll(async () => {
  web = await startLoopbackWeb();
});
afterAll(() => web.close());

describe('readFeed over the loopback web', () => {
  it.each(['/news/rss.xml', '/news/rdf.xml', '/news/atom.xml', '/news/feed.json', '/gzip/rss.xml', '/bom.xml'])(
    'reads %s',
    async (path) => {
      const read = await readFeed(web.url(path), allowed);
      if (read.status !== 'ok') throw new Error('expected a feed');
      expect(read.feed.stories.map((s) => s.title)).toEqual(web.stories.map((s) => s.title));
    },
  );

  it('reads a windows-1252 feed named by header or declaration', async () => {
    for (const path of ['/cp1252.xml', '/cp1252-declared.xml']) {
      const read = await readFeed(web.url(path), allowed);
      expect(read.status === 'ok' && read.feed.stories[0]?.title).toBe('Café “Nord” – 5 €');
    }
  });

  it('answers 304 with the validators and honours refresh hints', async () => {
    const first = await readFeed(web.url('/conditional/rss.xml'), allowed);
    expect(first.refresh).toEqual({ minutes: 45, from: 'ttl' });
    const again = await readFeed(web.url('/conditional/rss.xml'), { ...allowed, etag: first.etag ?? null });
    expect(again.status).toBe('not-modified');
    expect((await readFeed(web.url('/cache/rss.xml'), allowed)).refresh).toEqual({
      minutes: 120,
      from: 'cache-control',
    });
    expect((await readFeed(web.url('/news/rdf.xml'), allowed)).refresh).toEqual({
      minutes: 30,
      from: 'sy:updatePeriod',
    });
  });

  it('says when a feed address serves a web page', async () => {
    await expect(readFeed(web.url('/html-at-feed-url'), allowed)).rejects.toThrow('not a feed: an HTML page');
  });

  it('finds the feed a site names, or takes a feed address as it is', async () => {
    expect((await findFeed(web.url('/'), allowed)).feedUrl).toBe(web.url('/news/rss.xml'));
    expect((await findFeed(web.url('/news/atom.xml'), allowed)).read.feed.format).toBe('atom');
    await expect(findFeed(web.url('/empty-page.html'), allowed)).rejects.toThrow(
      'not a feed: an HTML page that names no feed',
    );
  });

  it('leaves out hostile items one by one', async () => {
    const read = await readFeed(web.url('/hostile.xml'), allowed);
    expect(read.status === 'ok' && read.feed.stories.length).toBe(6);
  });

  it('refuses a billion-laughs feed to expand and reads it small', async () => {
    const read = await readFeed(web.url('/billion-laughs.xml'), allowed);
    expect(read.status === 'ok' && JSON.stringify(read.feed).length).toBeLessThan(5000);
  });
});
