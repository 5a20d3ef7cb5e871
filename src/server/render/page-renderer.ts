import { deviceAppearanceScript } from '../../app/device-appearance';
import { createQueryClient } from '../../app/query-client';
import { configImagePolicy } from '../../app/runtime-config';
import type { FetchHandler } from '../../news/api/api-handler';
import { isNotFound } from '../../news/errors';
import type { NewsSource } from '../../news/source';
import { renderPage } from '../../prerender/render-page';
import { inlineScriptsOf } from '../inline-scripts';
import { inProcessSource } from './in-process-source';
import { fillShell } from './page-shell';
import type { ReaderView } from './reader-view';

export interface PageRendererOptions {
  /** The API handler this server serves at /api: the rendered data is its answers. */
  api: FetchHandler;
  /** The reader's page with an empty #root (page-shell.ts). */
  shell: string;
  /** How long a render may take before the plain shell goes out instead. */
  budgetMs: number;
  /** Where a fallback's reason is written. */
  log: (line: string) => void;
  /** config.json as this server answers it (its API's path, LEDE_IMAGE_HOSTS): what the reader hydrating the page reads. */
  config: { apiBaseUrl: string; imageHosts: string[] };
}

export interface RenderedPage {
  status: 200 | 404;
  html: string;
  /** False: the plain shell went out (the reader fetches and renders the view itself). */
  rendered: boolean;
  /** CSP hashes of the inline scripts in the page. */
  scriptHashes: string[];
  /**
   * What the page shows: its HTML and its data without the times they were fetched at (the
   * reader counts its data fresh from when it hydrates). Equal versions make equal weak ETags.
   */
  version: string;
  ms: number;
}

/** React marks a Suspense boundary it gave up on with this; the client would re-render it and say so. */
const CLIENT_RENDERED_BOUNDARY = '<!--$!-->';

/**
 * Renders the requested view from this server's store, the way the build prerenders the bundled
 * stories (src/prerender/render-page.tsx), into the shell with the data to hydrate from. A render
 * that fails, leaves a region unrendered or overruns its budget gives the plain shell instead
 * (logged), so a broken or slow store costs the first paint, never the page. An unknown story or
 * entity answers 404 with the shell, whose reader shows its not-found view.
 */
export function createPageRenderer(options: PageRendererOptions) {
  const { api, shell, budgetMs, log, config } = options;
  const { apiBaseUrl } = config;
  const appearanceScript = deviceAppearanceScript();
  // The reader hydrating the page loads images without asking from its page's origin and its API's
  // (src/main.tsx): the server renders the same choice, or the image would not match on hydration.
  const imagePolicyAt = (pageUrl: string) => configImagePolicy(config, pageUrl);

  /**
   * Renders the feed, the newest story and its first entity's page once, unbudgeted and unsent:
   * the first render of each in a process is several times slower than the next (code loading,
   * the JIT) and would otherwise cost the first visitor the rendered page.
   */
  const warmUp = async (origin: string): Promise<void> => {
    const source = inProcessSource(api, new URL(apiBaseUrl, origin).href);
    const newest = (await source.listArticles({ limit: 1 }).catch(() => undefined))?.items[0];
    const paths = ['/', ...(newest ? [`/articles/${newest.id}`] : [])];
    const entity = newest?.entities[0];
    if (entity) paths.push(`/entities/${entity.id}`);
    for (const path of paths) {
      const queryClient = createQueryClient();
      await renderPage(path, source, queryClient, imagePolicyAt(new URL(path, origin).href)).catch(() => undefined);
      queryClient.clear();
    }
  };

  const renderView = async (url: URL, view: ReaderView): Promise<RenderedPage> => {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    const plain = (status: 200 | 404, reason?: string): RenderedPage => {
      if (reason) log(`Lede rendered the plain shell for ${url.pathname}${url.search}: ${reason} (${ms()} ms)`);
      return { status, html: shell, rendered: false, scriptHashes: [], version: shell, ms: ms() };
    };
    const deadline = new AbortController();
    const missing = new Set<string>();
    const source = noticingNotFound(inProcessSource(api, new URL(apiBaseUrl, url).href, deadline.signal), missing);
    const queryClient = createQueryClient();
    const rendering = renderPage(`${url.pathname}${url.search}`, source, queryClient, imagePolicyAt(url.href));
    // Its caches keep garbage-collection timers; the page is done with them once it is rendered.
    rendering.then(
      () => queryClient.clear(),
      () => queryClient.clear(),
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const overBudget = new Promise<null>((resolve) => {
      timer = setTimeout(() => {
        deadline.abort();
        resolve(null);
      }, budgetMs);
    });
    try {
      const result = await Promise.race([rendering, overBudget]);
      if (result === null) return plain(200, `over its ${budgetMs} ms budget`);
      if (view.kind !== 'feed' && missing.has(view.id)) return plain(404);
      if (result.html.includes(CLIENT_RENDERED_BOUNDARY)) return plain(200, 'a region of the page failed to render');
      // The view was rendered for this query too (a filtered feed): the reader hydrates it only there.
      const path = `${url.pathname}${url.search}`;
      const content = { path, apiBaseUrl, html: result.html, data: { ...result.data, path }, appearanceScript };
      const html = fillShell(shell, content);
      const shown = result.data.state.queries.map((query) => [query.queryHash, query.state.data]);
      const version = `${result.html}${JSON.stringify(shown)}`;
      return { status: 200, html, rendered: true, scriptHashes: inlineScriptsOf(html), version, ms: ms() };
    } catch (error) {
      return plain(200, `the render failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearTimeout(timer);
    }
  };
  return { renderView, warmUp };
}

/** The source, noting each story or entity id it answered "not found" for. */
function noticingNotFound(source: NewsSource, missing: Set<string>): NewsSource {
  const noting = <T>(id: string, answer: Promise<T>) =>
    answer.catch((error: unknown) => {
      if (isNotFound(error)) missing.add(id);
      throw error;
    });
  return {
    ...source,
    getArticle: (id, signal) => noting(id, source.getArticle(id, signal)),
    getEntity: (id, signal) => noting(id, source.getEntity(id, signal)),
  };
}
