import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, VITE_BIN } from './serve';

/**
 * Builds into the benchmark's own folder rather than dist/, so that a test run or a colleague's
 * `vite preview` on dist/ and this benchmark never overwrite each other's files mid-run.
 */
export function build(outDir: string): { ok: boolean; ms: number; output: string } {
  const started = performance.now();
  const app = vite(['build', '--outDir', outDir, '--emptyOutDir']);
  // The <lede-reader> embed, beside the app as `npm run build` puts it.
  const embed = app.ok
    ? vite(['build', '-c', 'vite.embed.config.ts', '--outDir', join(outDir, 'embed'), '--emptyOutDir'])
    : { ok: false, output: '' };
  return { ok: app.ok && embed.ok, ms: performance.now() - started, output: app.output + embed.output };
}

function vite(args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(process.execPath, [VITE_BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`,
  };
}
