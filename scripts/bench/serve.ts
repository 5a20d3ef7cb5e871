import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { connect } from 'node:net';
import { killGroup, trackGroup } from './cleanup';

/**
 * Starts `vite preview` on a fixed port in its own process group, waits until it answers, and
 * stops the whole group afterwards; cleanup.ts kills it too if the benchmark dies first.
 */

export const ROOT = join(import.meta.dirname, '..', '..');
// The same binary `npx vite` runs, without npm's process layers in between.
export const VITE_BIN = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');

let bypassLock: boolean | undefined;
/** Some Vite 8 releases refuse a second preview of one project; only pass the escape hatch if this CLI has it. */
export function supportsBypassLock(): boolean {
  if (bypassLock === undefined) {
    const help = spawnSync(process.execPath, [VITE_BIN, 'preview', '--help'], { cwd: ROOT, encoding: 'utf8' });
    bypassLock = `${help.stdout}${help.stderr}`.includes('--bypass-lock');
  }
  return bypassLock;
}

export function portInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface PreviewOptions {
  port: number;
  outDir: string;
  env?: Record<string, string>;
  /** How long to wait for the first answer. */
  timeoutMs?: number;
}

export interface PreviewServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const { port, outDir, env = {}, timeoutMs = 30_000 } = options;
  if (await portInUse(port)) {
    throw new Error(`port ${port} is already in use by another program; pass --port to pick another base port`);
  }
  const args = [VITE_BIN, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  args.push('--outDir', outDir);
  if (supportsBypassLock()) args.push('--bypass-lock');
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', NO_COLOR: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const untrack = child.pid === undefined ? () => false : trackGroup(child.pid);
  const pid = child.pid;
  const kill = (signal: NodeJS.Signals) => pid !== undefined && killGroup(pid, signal);
  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (error) => {
      log += `\n${String(error)}`;
      resolve();
    });
  });
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });

  const url = `http://127.0.0.1:${port}`;
  const server: PreviewServer = {
    url,
    output: () => log,
    async stop() {
      if (!hasExited) {
        kill('SIGTERM');
        const timer = setTimeout(() => kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      // Children of the group may outlive the leader briefly; make sure nothing holds the port.
      kill('SIGKILL');
      untrack();
      for (let i = 0; i < 50 && (await portInUse(port)); i++) await sleep(100);
    },
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited) break;
    try {
      const response = await fetch(`${url}/config.json`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return server;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  await server.stop();
  throw new Error(
    `vite preview on port ${port} ${hasExited ? 'exited' : `did not answer within ${timeoutMs} ms`}:\n${log.trim()}`,
  );
}

/** Runs fn with a preview server and always stops it. */
export async function withPreview<T>(options: PreviewOptions, fn: (server: PreviewServer) => Promise<T>): Promise<T> {
  const server = await startPreview(options);
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

export function sleep(msToWait: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, msToWait));
}
