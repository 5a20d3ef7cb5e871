import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_FILE = 'lede.lock';

/**
 * PGlite has no server to arbitrate: two processes on one data directory would corrupt it. So
 * the directory holds the owner's pid while it is open; a lock left by a killed process (its pid
 * gone) is taken over, which is what a restart after a crash needs.
 */
export function checkDataDirFree(dataDir: string): void {
  const path = join(dataDir, LOCK_FILE);
  if (!existsSync(path)) return;
  const pid = Number(readFileSync(path, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(
      `The Lede data directory ${dataDir} is in use by process ${pid}; one process owns it. ` +
        `Stop that one, use another LEDE_DATA_DIR, or delete ${path} if no Lede is running.`,
    );
  }
}

export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  writeFileSync(path, `${process.pid}\n`);
  return () => rmSync(path, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, which still means it is running.
    return (error as { code?: string }).code === 'EPERM';
  }
}
