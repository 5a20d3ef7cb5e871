import { openStore } from '../../src/store';
import { crashBatch } from './crash-stories';

/**
 * The crash test's child: writes batch after batch into a PGlite data directory and says when
 * each begins and commits, until the parent kills it with SIGKILL.
 */
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crash-writer.ts DATA_DIR');
const store = await openStore({ dataDir });
process.stdout.write('open\n');
for (let batch = 0; batch < 10_000; batch += 1) {
  process.stdout.write(`begin ${batch}\n`);
  const report = await store.upsertArticles(crashBatch(batch));
  if (report.refused.length > 0) throw new Error(JSON.stringify(report.refused[0]));
  process.stdout.write(`committed ${batch}\n`);
}
