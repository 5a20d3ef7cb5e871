import { bodyHtml, escapeXml } from './formats';
import type { WebStory } from './stories';

/**
 * A story page as news sites serve them: navigation, a cookie banner, share buttons, a newsletter
 * box, related links and comments around the story. Only the story may come through extraction.
 */
export function storyPage(origin: string, story: WebStory): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(story.title)} | Larkmoor Gazette</title>
<link rel="canonical" href="${origin}/news/stories/${story.slug}.html">
<link rel="alternate" type="application/rss+xml" title="Larkmoor Gazette" href="/news/rss.xml">
<script>window.tracker = { id: 'UA-0000' };</script>
<style>.cookie { position: fixed }</style></head>
<body>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p><button>Accept all cookies</button><button>Manage settings</button></div>
<header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main>
<article class="story">
<h1>${escapeXml(story.title)}</h1>
<p class="byline">By <span class="author">${escapeXml(story.author)}</span> · <time datetime="${story.date}">${story.date}</time></p>
<div class="share-buttons"><a href="https://social.example/share?u=x">Share on Social</a><a href="mailto:?subject=x">Email this story</a></div>
<div class="story-body">
${bodyHtml(story.body)}
</div>
</article>
<aside class="newsletter"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and never miss a story from Larkmoor.</p><form><input type="email"><button>Subscribe</button></form></aside>
<section class="related"><h3>Related stories</h3><ul><li><a href="/news/stories/a.html">Ferry timetable changes for winter</a></li><li><a href="/news/stories/b.html">Ten places to eat near the harbour</a></li><li><a href="/news/stories/c.html">Parking fees rise in January</a></li></ul></section>
<section class="comments" id="comments"><h3>Comments (2)</h3><div class="comment"><p>First! This bridge took forever.</p></div><div class="comment"><p>Does anyone know when the market reopens?</p></div></section>
</main>
<footer class="site-footer"><p>© 2026 Larkmoor Gazette. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
<script>document.querySelector('.cookie-banner').remove();</script>
</body></html>`;
}

/** The site's home page names its feeds the way sites do, for discovery. */
export function homePage(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Larkmoor Gazette</title>
<link rel="alternate" type="application/rss+xml" title="Larkmoor Gazette (RSS)" href="/news/rss.xml">
<link rel="alternate" type="application/atom+xml" title="Larkmoor Gazette (Atom)" href="/news/atom.xml">
<link rel="alternate" type="application/feed+json" title="Larkmoor Gazette (JSON)" href="/news/feed.json">
<link rel="alternate" type="text/html" hreflang="sv" href="/sv/">
<link rel="stylesheet" href="/style.css">
</head><body><h1>Larkmoor Gazette</h1><p>The news from Larkmoor.</p></body></html>`;
}

/** A page readability cannot make an article of: a bare list of links. */
export function emptyPage(): string {
  return '<!doctype html><html><head><title>Index</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>';
}
