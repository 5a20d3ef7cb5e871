// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store';
import { BATCH_SIZE, versionOf } from './crash-stories';

const WRITER = join(import.meta.dirname, 'crash-writer.ts');

/** Starts the writer and SIGKILLs it while batch `target` is being written; resolves with what it said. */
function writeUntilKilled(dataDir: string, target: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        lines.push(line);
        // A few milliseconds in: past validation, inside the transaction's statements.
        if (line === `begin ${target}`) setTimeout(() => child.kill('SIGKILL'), 40);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(lines);
      else reject(new Error(`the writer stopped by itself (${code}): ${errors}`));
    });
  });
}

describe('a writer killed in the middle of a batch', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lede-crash-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('leaves every batch whole or absent, and the store consistent', async () => {
    const said = await writeUntilKilled(dataDir, 4);
    const committed = said.filter((line) => line.startsWith('committed ')).length;
    expect(committed).toBeGreaterThanOrEqual(4);

    const store = await openStore({ dataDir });
    try {
      const { total } = await store.listArticles({ topic: 'crash' });
      // Batch n adds BATCH_SIZE stories; the killed one added all of them or none.
      expect(total % BATCH_SIZE).toBe(0);
      const batches = total / BATCH_SIZE;
      expect(batches === committed || batches === committed + 1).toBe(true);
      for (let batch = 0; batch < batches; batch += 1) {
        const expected = batch === batches - 1 ? batch : batch + 1;
        for (const index of [0, 17, BATCH_SIZE - 1]) {
          const article = await store.getArticle(`crash-${batch}-${index}`);
          expect(versionOf(article.title), article.id).toBe(expected);
          expect(article.body[0]).toContain(`version ${expected}.`);
        }
      }
      expect(await store.verify()).toEqual([]);
      expect(await store.health()).toMatchObject({ ok: true, articleCount: total });
    } finally {
      await store.close();
    }
  }, 180_000);
});
