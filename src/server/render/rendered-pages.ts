import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import type { FetchHandler } from '../../news/api/api-handler';
import { serverReaderConfig } from '../reader-static';
import { htmlResponse } from './html-response';
import { createPageRenderer } from './page-renderer';
import { shellOf } from './page-shell';
import { readerViewOf } from './reader-view';

declare module 'hono' {
  interface ContextVariableMap {
    /** CSP hashes of the inline scripts the response's page carries beyond the built pages' own. */
    inlineScriptHashes: string[];
  }
}

export interface RenderedPagesOptions {
  distDir: string;
  api: FetchHandler;
  budgetMs: number;
  log: (line: string) => void;
  imageHosts?: readonly string[];
  /** Render the feed, a story and an entity page once now, so the first visitor does not pay for the first renders. */
  warmUp?: boolean;
}

/**
 * The feed, stories and entity pages rendered on this server (src/server/render/page-renderer.ts),
 * ahead of the built files; every other path is left to the reader's static files. Without a
 * built shell the routes step aside, and the reader's 503 says what is missing.
 */
export function mountRenderedPages(app: Hono, options: RenderedPagesOptions): void {
  const indexPath = join(options.distDir, 'index.html');
  // The build does not change under a running server; it is read on first use (tests build it late).
  let shell: string | null | undefined;
  let renderer: ReturnType<typeof createPageRenderer> | undefined;
  const loadRenderer = () => {
    if (shell === undefined && existsSync(indexPath)) {
      shell = shellOf(readFileSync(indexPath, 'utf8'));
      if (shell === null) options.log(`Lede renders no pages: ${indexPath} has no empty or prerendered #root.`);
      else renderer = createPageRenderer({ ...options, shell, config: serverReaderConfig(options.imageHosts ?? []) });
    }
    return renderer;
  };
  if (options.warmUp) void loadRenderer()?.warmUp('http://localhost/');

  app.on(['GET', 'HEAD'], ['/', '/articles/:id', '/entities/:id'], async (c, next) => {
    const url = new URL(c.req.url);
    const view = readerViewOf(url.pathname);
    const render = loadRenderer();
    if (!view || !render) return next();
    const page = await render.renderView(url, view);
    c.set('inlineScriptHashes', page.scriptHashes);
    const timing = `render;desc="${page.rendered ? 'rendered' : 'shell'}";dur=${page.ms}`;
    return htmlResponse(c.req.raw, page, { 'server-timing': timing });
  });
}
