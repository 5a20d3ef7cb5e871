import type { Plugin } from 'vite';

/**
 * Writes config.json beside index.html so a deployment can switch between the bundled stories
 * and a backend by editing one file, with no rebuild. VITE_API_BASE_URL only sets its default.
 */
export function runtimeConfig(apiBaseUrl: string | undefined): Plugin {
  const body = `${JSON.stringify({ apiBaseUrl: apiBaseUrl?.trim() || null }, null, 2)}\n`;
  return {
    name: 'lede-runtime-config',
    configureServer(server) {
      server.middlewares.use('/config.json', (_req, res) => {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(body);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'config.json', source: body });
    },
  };
}
