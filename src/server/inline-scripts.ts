import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Lede's own build output, not HTML from the web: a script element without src whose type runs.
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The CSP hashes of the inline scripts in the built pages (the prerendered pages carry the
 * appearance script and the router's scroll restoration), so script-src allows exactly those
 * and never 'unsafe-inline'. Read once at start: the build does not change under a running server.
 */
export function inlineScriptHashes(distDir: string): string[] {
  const hashes = new Set(builtPages(distDir).flatMap((file) => inlineScriptsOf(readFileSync(file, 'utf8'))));
  return [...hashes].sort();
}

/** The CSP hashes (`'sha256-…'`) of one page's inline scripts, sorted, each once. */
export function inlineScriptHashesOf(html: string): string[] {
  return [...new Set(inlineScriptsOf(html))].sort();
}

/** The CSP hashes of one page's inline scripts, in the order they appear. */
export function inlineScriptsOf(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1] ?? '';
    if (body.trim() !== '') hashes.push(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  }
  return hashes;
}

function builtPages(distDir: string): string[] {
  const pages = ['index.html', 'embed.html'].map((name) => join(distDir, name)).filter((file) => existsSync(file));
  const stories = join(distDir, 'articles');
  if (!existsSync(stories)) return pages;
  for (const entry of readdirSync(stories, { withFileTypes: true })) {
    const page = join(stories, entry.name, 'index.html');
    if (entry.isDirectory() && existsSync(page)) pages.push(page);
  }
  return pages;
}
