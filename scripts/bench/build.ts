import { spawnSync } from 'node:child_process';
import { ROOT, VITE_BIN } from './serve';

/**
 * Builds into the benchmark's own folder rather than dist/, so that a test run or a colleague's
 * `vite preview` on dist/ and this benchmark never overwrite each other's files mid-run.
 */
export function build(outDir: string): { ok: boolean; ms: number; output: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [VITE_BIN, 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT,
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  return { ok: result.status === 0, ms: performance.now() - started, output };
}
