const RSS_OPEN = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Hostile</title><link>https://hostile.example/</link><description>Bad on purpose</description>`;
const RSS_CLOSE = '</channel></rss>';

export function rssItems(items: readonly string[]): string {
  return `${RSS_OPEN}\n${items.join('\n')}\n${RSS_CLOSE}`;
}

/** Markup and scripts where text belongs, dangerous links, bad dates and duplicate GUIDs. */
export function hostileFeed(): string {
  return rssItems([
    `<item><title><![CDATA[<script>alert('title')</script>Dock strike <b>ends</b> &amp; ferries sail]]></title><link>https://hostile.example/dock</link><guid>dock-1</guid><pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate><dc:creator><![CDATA[<a href="javascript:alert(1)" onclick="steal()">Rita <i>Moreno</i></a>]]></dc:creator><description><![CDATA[<p onclick="steal()">Dock workers in <a href="javascript:alert(2)">Larkmoor</a> voted to end the strike. <a href="https://hostile.example/vote">Results</a></p><script>alert(3)</script><style>p{}</style><img src=x onerror="alert(4)">]]></description></item>`,
    `<item><title>A story from the far future</title><link>https://hostile.example/future</link><guid>future-1</guid><pubDate>Sat, 01 Jan 2999 00:00:00 GMT</pubDate><description>Dated a thousand years ahead.</description></item>`,
    `<item><title>A story with a nonsense date</title><link>https://hostile.example/nonsense</link><guid>nonsense-1</guid><pubDate>the day after tomorrow</pubDate><description>Its date cannot be read.</description></item>`,
    `<item><title>A story from before the web</title><link>https://hostile.example/ancient</link><guid>ancient-1</guid><pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate><description>Dated 1970.</description></item>`,
    `<item><title>First with a shared GUID</title><link>https://hostile.example/dup-a</link><guid>same-guid</guid><pubDate>Mon, 30 Nov 2026 09:00:00 GMT</pubDate><description>One.</description></item>`,
    `<item><title>Second with a shared GUID</title><link>https://hostile.example/dup-b</link><guid>same-guid</guid><pubDate>Mon, 30 Nov 2026 09:30:00 GMT</pubDate><description>Two.</description></item>`,
    `<item><title>A link that is a script</title><link>javascript:alert(5)</link><guid>js-link</guid><description>The link must not survive.</description></item>`,
    `<item><guid>empty</guid><title><![CDATA[<script>only a script</script><b> </b>]]></title></item>`,
  ]);
}

export function manyItemsFeed(count: number): string {
  const items: string[] = [];
  for (let i = 0; i < count; i += 1) {
    items.push(
      `<item><title>Item ${i}</title><link>https://many.example/${i}</link><guid>many-${i}</guid><pubDate>Mon, 30 Nov 2026 09:00:00 GMT</pubDate><description>Number ${i}.</description></item>`,
    );
  }
  return rssItems(items);
}

export function hugeTitleFeed(titleBytes: number): string {
  return rssItems([
    `<item><title>${'A'.repeat(titleBytes)}</title><link>https://hostile.example/huge</link><guid>huge</guid><description>Huge title.</description></item>`,
    `<item><title>A normal neighbour</title><link>https://hostile.example/normal</link><guid>normal</guid><description>Still here.</description></item>`,
  ]);
}

/** Entities that would expand to gigabytes if a parser expanded them. */
export function billionLaughsFeed(): string {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i += 1) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>
<!DOCTYPE rss [${levels.join('')}]>
<rss version="2.0"><channel><title>Laughs</title><link>https://laughs.example/</link><description>&lol9;</description><item><title>&lol9;</title><link>https://laughs.example/1</link><guid>laugh</guid></item></channel></rss>`;
}

export function externalEntityFeed(): string {
  return `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>XXE</title><link>https://xxe.example/</link><description>x</description><item><title>&secret;</title><link>https://xxe.example/1</link></item></channel></rss>`;
}

/** "Café “Nord” – 5 €": bytes only windows-1252 maps this way (0x93/0x94 quotes, 0x96 dash, 0x80 euro). */
export function windows1252Feed(declareInHeader: boolean): { body: Buffer; contentType: string } {
  const title = Buffer.from([
    0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x4e, 0x6f, 0x72, 0x64, 0x94, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80,
  ]);
  const head = Buffer.from(
    `<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Cafés of Larkmoor</title><link>https://cp.example/</link><description>d</description><item><title>`,
    'latin1',
  );
  const tail = Buffer.from(
    '</title><link>https://cp.example/1</link><guid>cp-1</guid><description>Stray byte: \x81 ok</description></item></channel></rss>',
    'latin1',
  );
  return {
    body: Buffer.concat([head, title, tail]),
    contentType: declareInHeader ? 'application/rss+xml; charset=windows-1252' : 'application/xml',
  };
}
