import type { Plugin } from 'vite';

/**
 * Writes config.json beside index.html so a deployment can switch between the bundled stories
 * and a backend by editing one file, with no rebuild. VITE_API_BASE_URL only sets its default.
 */
export function runtimeConfig(apiBaseUrl: string | undefined): Plugin {
  const defaultBase = apiBaseUrl?.trim() || null;
  const body = `${JSON.stringify({ apiBaseUrl: defaultBase }, null, 2)}\n`;
  let base = '/';
  return {
    name: 'lede-runtime-config',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use('/config.json', (_req, res) => {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(body);
      });
    },
    // With the bundled corpus as the default, its files are requested with the page itself
    // instead of after the script, the config and the source's code have arrived.
    transformIndexHtml() {
      if (defaultBase !== null) return [];
      return ['data/first-page.json'].map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `${base}${file}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      }));
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'config.json', source: body });
    },
  };
}
