import { join, resolve } from 'node:path';
import type { Connect, Plugin, ResolvedConfig } from 'vite';
import { createCorpusStore } from '../store/corpus-store';
import { createApiHandler } from './api-handler';
import { toConnectMiddleware } from './connect-adapter';
import { createCorpusLoader, DEV_MISSING_HINT } from './corpus-loader';

export interface LedeApiOptions {
  /** Serve this folder (relative to the project root) instead of the default; LEDE_CORPUS_DIR wins over it. */
  corpusDir?: string;
}

const PREVIEW_MISSING_HINT =
  'Preview serves the build output: run `npm run corpus` and then `npm run build`, ' +
  'or set LEDE_CORPUS_DIR to a folder holding articles.json and entities.json.';

/**
 * Mounts the Lede API at /api on `vite` and `vite preview`, so the HTTP source can be exercised
 * against the same corpus and engine the bundled source uses. Dev serves public/data; preview
 * serves what the build copied to <outDir>/data, so it shows exactly what will ship.
 */
export function ledeApi(options: LedeApiOptions = {}): Plugin {
  function mount(middlewares: Connect.Server, config: ResolvedConfig, defaultDir: string, missingHint: string) {
    // Read per server start, not at import, so a benchmark can set it just before launching vite.
    const fromEnv = process.env.LEDE_CORPUS_DIR;
    const override = fromEnv || options.corpusDir;
    const dir = override ? resolve(config.root, override) : defaultDir;
    const hint = override
      ? `${fromEnv ? 'LEDE_CORPUS_DIR' : 'ledeApi({ corpusDir })'} points there: write articles.json and ` +
        'entities.json into that folder, or remove the setting to serve the default corpus.'
      : missingHint;
    const store = createCorpusStore(createCorpusLoader({ dir, missingHint: hint }));
    middlewares.use('/api', toConnectMiddleware(createApiHandler({ store })));
  }

  return {
    name: 'lede-api',
    configureServer(server) {
      const { config } = server;
      const publicData = config.publicDir ? join(config.publicDir, 'data') : resolve(config.root, 'public', 'data');
      mount(server.middlewares, config, publicData, DEV_MISSING_HINT);
    },
    configurePreviewServer(server) {
      const { config } = server;
      mount(server.middlewares, config, resolve(config.root, config.build.outDir, 'data'), PREVIEW_MISSING_HINT);
    },
  };
}
