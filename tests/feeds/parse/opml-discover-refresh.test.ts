// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { discoverFeeds } from '../../../src/feeds/parse/discover';
import { parseOpmlSources, sourcesToOpml } from '../../../src/feeds/parse/opml';
import { refreshHint } from '../../../src/feeds/parse/refresh-hint';
import { homePage } from '../web/pages';

const OPML = `<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0"><head><title>My feeds</title></head><body>
<outline text="Local"><outline text="Larkmoor &amp; Co" type="rss" xmlUrl="https://larkmoor.example/rss.xml" htmlUrl="https://larkmoor.example/"/>
<outline text="Again" type="rss" xmlUrl="https://larkmoor.example/rss.xml"/></outline>
<outline text="Bad" type="rss" xmlUrl="javascript:alert(1)"/>
<outline text="Loose" type="rss" xmlUrl="http://loose.example/feed"/>
</body></opml>`;

describe('OPML', () => {
  it('imports sources once each, with their folder, and says what it skipped', () => {
    const { sources, problems } = parseOpmlSources(OPML);
    expect(sources).toEqual([
      {
        url: 'https://larkmoor.example/rss.xml',
        title: 'Larkmoor & Co',
        siteUrl: 'https://larkmoor.example/',
        category: 'Local',
      },
      { url: 'http://loose.example/feed', title: 'Loose' },
    ]);
    expect(problems).toEqual(['"javascript:alert(1)" is not an http(s) address']);
  });

  it('exports what it imports', () => {
    const { sources } = parseOpmlSources(OPML);
    const again = parseOpmlSources(sourcesToOpml(sources));
    expect(again.sources).toEqual(sources);
    expect(sourcesToOpml(sources)).toContain('xmlUrl="https://larkmoor.example/rss.xml"');
  });

  it('refuses a file that is not OPML', () => {
    expect(() => parseOpmlSources('<html><body>no</body></html>')).toThrow('not an OPML file');
  });
});

describe('discoverFeeds', () => {
  it('finds RSS, Atom and JSON feeds named by <link rel="alternate">, resolved against the page', () => {
    expect(discoverFeeds(homePage(), 'https://larkmoor.example/index.html')).toEqual([
      { url: 'https://larkmoor.example/news/rss.xml', format: 'rss', title: 'Larkmoor Gazette (RSS)' },
      { url: 'https://larkmoor.example/news/atom.xml', format: 'atom', title: 'Larkmoor Gazette (Atom)' },
      { url: 'https://larkmoor.example/news/feed.json', format: 'json', title: 'Larkmoor Gazette (JSON)' },
    ]);
  });

  it('ignores dangerous and unrelated links', () => {
    const html =
      '<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)"><link rel="stylesheet" type="application/rss+xml" href="/x.xml">';
    expect(discoverFeeds(html, 'https://a.example/')).toEqual([]);
  });
});

describe('refreshHint', () => {
  it('honours ttl, sy:updatePeriod and Cache-Control, the longest winning, clamped', () => {
    expect(refreshHint({})).toEqual({ minutes: 30, from: 'default' });
    expect(refreshHint({ ttlMinutes: 45 })).toEqual({ minutes: 45, from: 'ttl' });
    expect(refreshHint({ updatePeriod: 'hourly', updateFrequency: 2 })).toEqual({
      minutes: 30,
      from: 'sy:updatePeriod',
    });
    expect(refreshHint({ ttlMinutes: 20 }, 'public, max-age=7200')).toEqual({ minutes: 120, from: 'cache-control' });
    expect(refreshHint({}, 'no-cache, max-age=7200')).toEqual({ minutes: 30, from: 'default' });
    expect(refreshHint({ ttlMinutes: 1 })).toEqual({ minutes: 10, from: 'ttl' });
    expect(refreshHint({ updatePeriod: 'yearly' })).toEqual({ minutes: 1440, from: 'sy:updatePeriod' });
  });
});
