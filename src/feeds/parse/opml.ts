import { generateOpml, parseOpml } from 'feedsmith';
import { FetchError } from '../fetch/fetch-error';
import { httpHref } from '../structure/html-to-blocks';
import { htmlToText } from '../structure/html-to-text';

export interface OpmlSource {
  url: string;
  title?: string;
  siteUrl?: string;
  /** The folder the outline sat in, as readers export categories. */
  category?: string;
}

type Outline = { text?: string; title?: string; xmlUrl?: string; htmlUrl?: string; outlines?: Outline[] };

const MAX_SOURCES = 5000;

/** An OPML subscription list -> feed sources (http(s), each once), with what was skipped and why. */
export function parseOpmlSources(text: string): { sources: OpmlSource[]; problems: string[] } {
  let outlines: Outline[];
  try {
    outlines = parseOpml(text.replace(/<!DOCTYPE[^[>]*(?:\[[\s\S]*?\]\s*)?>/i, '')).body?.outlines ?? [];
  } catch {
    throw new FetchError('not-a-feed', 'not an OPML file');
  }
  const sources = new Map<string, OpmlSource>();
  const problems: string[] = [];
  const visit = (list: readonly Outline[], category: string | undefined, depth: number) => {
    for (const outline of list) {
      const name = htmlToText(outline.title ?? outline.text ?? '', 200);
      if (outline.xmlUrl) {
        const url = httpHref(outline.xmlUrl);
        if (!url) problems.push(`"${outline.xmlUrl.slice(0, 200)}" is not an http(s) address`);
        else if (sources.size >= MAX_SOURCES) problems.push(`more than ${MAX_SOURCES} sources; ${url} was skipped`);
        else if (!sources.has(url)) {
          const siteUrl = httpHref(outline.htmlUrl ?? null);
          sources.set(url, {
            url,
            ...(name ? { title: name } : {}),
            ...(siteUrl ? { siteUrl } : {}),
            ...(category ? { category } : {}),
          });
        }
      }
      if (outline.outlines && depth < 10) visit(outline.outlines, name || category, depth + 1);
    }
  };
  visit(outlines, undefined, 0);
  return { sources: [...sources.values()], problems };
}

/** Sources -> OPML 2.0, grouped into folders by category as other readers expect. */
export function sourcesToOpml(sources: readonly OpmlSource[], title = 'Lede sources'): string {
  const outline = (source: OpmlSource) => ({
    text: source.title ?? source.url,
    ...(source.title ? { title: source.title } : {}),
    type: 'rss',
    xmlUrl: source.url,
    ...(source.siteUrl ? { htmlUrl: source.siteUrl } : {}),
  });
  const folders = new Map<string, OpmlSource[]>();
  const loose: OpmlSource[] = [];
  for (const source of sources) {
    if (source.category) folders.set(source.category, [...(folders.get(source.category) ?? []), source]);
    else loose.push(source);
  }
  const outlines = [
    ...[...folders].map(([text, list]) => ({ text, outlines: list.map(outline) })),
    ...loose.map(outline),
  ];
  return generateOpml({ head: { title }, body: { outlines } });
}
