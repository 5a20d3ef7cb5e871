import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The floor app (../shared/perf/floor-app) built once into a cache folder outside the repository:
 * the shared folder is read-only, and the build needs its own node_modules. Delete the cache
 * folder to rebuild it.
 */
export function ensureFloorBuild(sourceDir: string, cacheDir: string): string {
  const app = join(cacheDir, 'floor-app');
  const dist = join(app, 'dist');
  if (existsSync(join(dist, 'index.html'))) return dist;
  if (!existsSync(join(sourceDir, 'package.json'))) {
    throw new Error(`the floor app is not at ${sourceDir}; pass --floor-src`);
  }
  console.log(`  building the floor app once into ${app} (npm install, vite build)`);
  rmSync(app, { recursive: true, force: true });
  cpSync(sourceDir, app, { recursive: true });
  makeWritable(app);
  const run = (args: string[]) => execFileSync('npm', args, { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] });
  run(['install', '--no-audit', '--no-fund']);
  run(['exec', '--', 'vite', 'build']);
  return dist;
}

/** Copied from a read-only folder, the files stay read-only, and npm must write beside them. */
function makeWritable(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) makeWritable(path);
    else chmodSync(path, 0o644);
  }
}
