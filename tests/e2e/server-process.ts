import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export interface ServerProcess {
  url: string;
  /** Everything the server printed so far. */
  output(): string;
  /** Sends the signal and resolves with the exit code once the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Starts the Lede server as `npm run serve` does (the reader is already built by `npm test`), in
 * its own process, and waits for its start-up banner.
 */
export function startServer(env: Record<string, string>, port: number): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/main.ts', '--port', String(port)],
    {
      cwd: ROOT,
      // DATABASE_URL from CI is the store suite's: this journey is npm start's, on the embedded PGlite.
      env: { ...process.env, DATABASE_URL: '', HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server did not start in 180 s:\n${output}`)), 180_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Lede is serving (http:\/\/\S+)/.exec(output)?.[1];
      // The banner's last line: everything above it (data directory, stories) has been printed.
      if (!url || !output.includes('Press Ctrl-C to stop.')) return;
      clearTimeout(timer);
      ready({
        url,
        output: () => output,
        stop: (signal = 'SIGTERM') => {
          child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`the server exited (${code}) before listening:\n${output}`));
    });
  });
}

/** A port nobody holds now; a restarted server takes it again, so a page keeps its origin and storage. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}
