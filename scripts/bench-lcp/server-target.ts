import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { killGroup, trackGroup } from '../bench/cleanup';
import { ROOT, VITE_BIN } from '../bench/serve';

export interface LedeServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The reader as `npm start` builds it (VITE_API_BASE_URL=/api: no bundled stories preloaded, no
 * prerender), into a folder of its own so dist/ stays the static build measured beside it.
 */
export function buildServerReader(outDir: string): string {
  console.log(`  building the reader for the Lede server into ${outDir} (VITE_API_BASE_URL=/api vite build)`);
  execFileSync(process.execPath, [VITE_BIN, 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT,
    env: { ...process.env, VITE_API_BASE_URL: '/api' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return outDir;
}

/**
 * The Lede server (src/server/main.ts) on a fresh PGlite directory, seeded with the bundled corpus
 * on start as a fresh clone's is, serving `distDir`. It reads dist/ and public/data/ from its
 * working directory, so it runs in a temporary one whose dist/ and public/ point at those.
 * `renderBudgetMs` 0 makes it send the plain shell, as it did before it rendered pages.
 */
export async function startLedeServer(distDir: string, port: number, renderBudgetMs: number): Promise<LedeServer> {
  const cwd = mkdtempSync(join(tmpdir(), 'lede-bench-server-'));
  symlinkSync(distDir, join(cwd, 'dist'));
  symlinkSync(join(ROOT, 'public'), join(cwd, 'public'));
  const tsx = fileURLToPath(import.meta.resolve('tsx'));
  const child = spawn(
    process.execPath,
    ['--import', tsx, join(ROOT, 'src', 'server', 'main.ts'), '--port', String(port)],
    {
      cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // tsx looks for tsconfig.json (JSX, paths) in the working directory, which is not the repository.
        TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.json'),
        DATABASE_URL: '',
        HOST: '127.0.0.1',
        LEDE_DATA_DIR: join(cwd, 'data'),
        LEDE_RENDER_BUDGET_MS: String(renderBudgetMs),
        // Lighthouse's runs come from one address, many times a minute.
        LEDE_RATE_LIMIT: '100000',
      },
    },
  );
  const untrack = child.pid ? trackGroup(child.pid) : () => undefined;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const close = async () => {
    if (child.pid) killGroup(child.pid, 'SIGTERM');
    await exited;
    untrack();
    rmSync(cwd, { recursive: true, force: true });
  };
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`the Lede server did not start in 120 s:\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('Press Ctrl-C to stop.')) return;
      clearTimeout(timer);
      ready();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then(() => fail(new Error(`the Lede server exited before listening:\n${output}`)));
  }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  // Keep reading, so a full pipe never stalls the server; its fallback lines are worth seeing.
  const fallbacks = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n'))
      if (line.includes('plain shell')) console.log(`     server: ${line}`);
  };
  child.stdout.on('data', fallbacks);
  child.stderr.on('data', fallbacks);
  return { url: `http://127.0.0.1:${port}`, close };
}
