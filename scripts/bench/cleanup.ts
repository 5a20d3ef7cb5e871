/**
 * Process groups this benchmark started (preview servers, Lighthouse's Chromium). Whatever way the
 * benchmark ends, normal exit, an exception or Ctrl-C, each group still listed here gets SIGKILL.
 */

const groups = new Set<number>();

export function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

export function killAllNow(): void {
  for (const pid of groups) killGroup(pid, 'SIGKILL');
  groups.clear();
}

let hooksInstalled = false;

/** Registers a process group leader (a child spawned with detached: true); returns the unregister function. */
export function trackGroup(pid: number): () => void {
  if (!hooksInstalled) {
    hooksInstalled = true;
    process.on('exit', killAllNow);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => {
        console.error(`\nbench: ${signal}, stopping the servers and browsers it started`);
        killAllNow();
        process.exit(130);
      });
    }
  }
  groups.add(pid);
  return () => groups.delete(pid);
}
