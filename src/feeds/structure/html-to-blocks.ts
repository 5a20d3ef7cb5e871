import { parseHTML } from 'linkedom';
import type { BlockKind, StoryBlock } from './blocks';
import { TextBuilder } from './text-builder';

/** Elements whose content is never text for a reader: code, styling, embeds, controls. */
const DROPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'AUDIO',
  'VIDEO',
]);
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'HR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
  'CENTER',
]);
const MAX_DEPTH = 200;

export interface HtmlToBlocksOptions {
  /** Resolves relative links; without it only absolute http(s) links survive. */
  baseUrl?: string;
  maxBlocks?: number;
}

/**
 * HTML from a feed or from readability -> plain-text blocks with a kind and link ranges. Nothing
 * of the markup survives: scripts and styles are dropped with their content, attributes are never
 * read except an <a>'s href, and a link stays only when it resolves to http(s).
 */
export function htmlToBlocks(html: string, options: HtmlToBlocksOptions = {}): StoryBlock[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToBlocks(document.body, options);
}

/** Same, for a DOM that already exists (readability's output). */
export function nodeToBlocks(root: Node, options: HtmlToBlocksOptions = {}): StoryBlock[] {
  const builder = new TextBuilder(options.maxBlocks ?? 2000);
  walk(root, 'paragraph', false, 0, builder, options.baseUrl);
  builder.flush('paragraph');
  return builder.blocks;
}

function walk(node: Node, kind: BlockKind, inLink: boolean, depth: number, out: TextBuilder, base?: string): void {
  for (let child = node.firstChild; child && !out.full; child = child.nextSibling) {
    if (child.nodeType === 3) {
      out.append(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const tag = element.tagName.toUpperCase();
    if (DROPPED.has(tag)) continue;
    if (tag === 'BR') {
      out.flush(kind);
      continue;
    }
    if (depth >= MAX_DEPTH) {
      out.append(element.textContent ?? '');
      continue;
    }
    if (BLOCKS.has(tag)) {
      out.flush(kind);
      const inner = blockKind(tag, kind);
      walk(element, inner, inLink, depth + 1, out, base);
      out.flush(inner);
      continue;
    }
    const href = tag === 'A' && !inLink ? httpHref(element.getAttribute('href'), base) : null;
    if (href) {
      const start = out.linkStart();
      walk(element, kind, true, depth + 1, out, base);
      out.addLink(start, href);
    } else {
      walk(element, kind, inLink || tag === 'A', depth + 1, out, base);
    }
  }
}

function blockKind(tag: string, inherited: BlockKind): BlockKind {
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list-item';
  if (tag === 'BLOCKQUOTE') return 'quote';
  return inherited;
}

/** Only links a reader can safely follow: resolved against the page, http or https, no credentials. */
export function httpHref(value: string | null, base?: string): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}
