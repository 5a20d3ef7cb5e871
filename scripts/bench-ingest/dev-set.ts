import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nerFile, readDocuments } from '../train-ner/data';

export interface DevSetRate {
  documents: number;
  /** Documents per CPU-second of the CLI process, start-up (a one-document run) taken off. */
  perCpuSecond: number;
  startupCpuS: number;
  totalCpuS: number;
}

/**
 * The ingest CLI over the NER dev set's raw texts, timed in CPU seconds (user + system, from the
 * shell's `time`) so a busy shared machine changes the figure less than wall time would. The
 * texts are written to a temporary folder and deleted after. Null when ../shared/ner is absent.
 */
export function measureDevSet(command: readonly string[], runs: number): DevSetRate[] | null {
  const path = nerFile('conll03-dev.jsonl');
  if (!path) return null;
  const docs = readDocuments(path);
  const dir = mkdtempSync(join(tmpdir(), 'lede-bench-dev-'));
  try {
    const files = docs.map((doc) => {
      const file = join(dir, `${doc.id}.txt`);
      writeFileSync(file, doc.paragraphs.join('\n'));
      return file;
    });
    const output = join(dir, 'out.ndjson');
    return Array.from({ length: runs }, () => {
      const startupCpuS = cpuSeconds(command, files.slice(0, 1), output);
      const totalCpuS = cpuSeconds(command, files, output);
      const written = readFileSync(output, 'utf8').split('\n').filter(Boolean).length;
      if (written !== docs.length) throw new Error(`the CLI wrote ${written} of ${docs.length} articles`);
      const perCpuSecond = (docs.length - 1) / Math.max(1e-9, totalCpuS - startupCpuS);
      return { documents: docs.length, perCpuSecond, startupCpuS, totalCpuS };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function cpuSeconds(command: readonly string[], files: readonly string[], output: string): number {
  const script = 'TIMEFORMAT="%U %S"; time "$@" > "$OUT"';
  const run = spawnSync('bash', ['-c', script, 'bash', ...command, ...files], {
    env: { ...process.env, OUT: output },
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const times = /(\d+\.\d+) (\d+\.\d+)\s*$/u.exec(run.stderr ?? '');
  if (run.status !== 0 || !times) throw new Error(`the CLI failed (exit ${run.status}): ${run.stderr}`);
  return Number(times[1]) + Number(times[2]);
}
