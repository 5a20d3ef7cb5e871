import type { BodyPart, WebStory } from './stories';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function bodyHtml(parts: readonly BodyPart[]): string {
  return parts
    .map((part) => {
      if (part.kind === 'p') return `<p>${part.html}</p>`;
      if (part.kind === 'h2') return `<h2>${escapeXml(part.text)}</h2>`;
      if (part.kind === 'quote') return `<blockquote><p>${escapeXml(part.text)}</p></blockquote>`;
      return `<ul>${part.items.map((item) => `<li>${escapeXml(item)}</li>`).join('')}</ul>`;
    })
    .join('\n');
}

const storyUrl = (origin: string, story: WebStory) => `${origin}/news/stories/${story.slug}.html`;

/** RSS 2.0 with summaries only unless `full`, so the full-text path has something to fetch. */
export function rss2(origin: string, stories: readonly WebStory[], full = false): string {
  const items = stories.map((story) => {
    const media = story.image
      ? `<media:content url="${escapeXml(story.image.url)}" medium="image"><media:description>${escapeXml(story.image.alt)}</media:description><media:credit>${escapeXml(story.image.credit)}</media:credit></media:content>`
      : '';
    const content = full ? `<content:encoded><![CDATA[${bodyHtml(story.body)}]]></content:encoded>` : '';
    return `<item><title>${escapeXml(story.title)}</title><link>${storyUrl(origin, story)}</link><guid isPermaLink="false">larkmoor-${story.slug}</guid><pubDate>${new Date(story.date).toUTCString()}</pubDate><dc:creator>${escapeXml(story.author)}</dc:creator>${story.topics.map((t) => `<category>${escapeXml(t)}</category>`).join('')}<description>${escapeXml(story.summary)}</description>${content}${media}</item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel><title>Larkmoor Gazette</title><link>${origin}/</link><description>News from Larkmoor</description><ttl>45</ttl>
${items.join('\n')}
</channel></rss>`;
}

export function rss1(origin: string, stories: readonly WebStory[]): string {
  const items = stories.map(
    (story) =>
      `<item rdf:about="${storyUrl(origin, story)}"><title>${escapeXml(story.title)}</title><link>${storyUrl(origin, story)}</link><description>${escapeXml(story.summary)}</description><dc:creator>${escapeXml(story.author)}</dc:creator><dc:date>${story.date}</dc:date><dc:subject>${escapeXml(story.topics[0] ?? '')}</dc:subject></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel rdf:about="${origin}/"><title>Larkmoor Gazette (RDF)</title><link>${origin}/</link><description>News from Larkmoor</description><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency></channel>
${items.join('\n')}
</rdf:RDF>`;
}

export function atom(origin: string, stories: readonly WebStory[]): string {
  const entries = stories.map(
    (story) =>
      `<entry><title type="text">${escapeXml(story.title)}</title><id>tag:larkmoor.example,2026:${story.slug}</id><link rel="alternate" type="text/html" href="${storyUrl(origin, story)}"/><published>${story.date}</published><updated>${story.date}</updated><author><name>${escapeXml(story.author)}</name></author>${story.topics.map((t) => `<category term="${escapeXml(t)}"/>`).join('')}<summary>${escapeXml(story.summary)}</summary><content type="html">${escapeXml(bodyHtml(story.body))}</content></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Larkmoor Gazette (Atom)</title><id>tag:larkmoor.example,2026:feed</id><updated>2026-11-30T08:15:00Z</updated><link rel="alternate" href="${origin}/"/><link rel="self" href="${origin}/news/atom.xml"/>
${entries.join('\n')}
</feed>`;
}

export function jsonFeed(origin: string, stories: readonly WebStory[], version = '1.1'): string {
  return JSON.stringify({
    version: `https://jsonfeed.org/version/${version}`,
    title: 'Larkmoor Gazette (JSON)',
    home_page_url: `${origin}/`,
    feed_url: `${origin}/news/feed.json`,
    items: stories.map((story) => ({
      id: `larkmoor-${story.slug}`,
      url: storyUrl(origin, story),
      title: story.title,
      summary: story.summary,
      content_html: bodyHtml(story.body),
      date_published: story.date,
      ...(version === '1.1' ? { authors: [{ name: story.author }] } : { author: { name: story.author } }),
      tags: story.topics,
      ...(story.image ? { image: story.image.url } : {}),
    })),
  });
}
