import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_DIR, corpusDataFiles } from './corpus-files';
import { generateSyntheticCorpus } from './synthetic/generate';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: join(import.meta.dirname, '..', '.synthetic', 'data') },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run corpus:synthetic -- --count 10000 --seed 1 [--out DIR]');
  process.exit(2);
}

const started = performance.now();
const { articles, entities } = generateSyntheticCorpus(count, seed);
mkdirSync(values.out, { recursive: true });
// The same files as public/data, so the bundled source can be served a 10,000-story corpus too.
for (const [path, text] of corpusDataFiles(articles, entities)) {
  mkdirSync(dirname(join(values.out, path)), { recursive: true });
  writeFileSync(join(values.out, path), text);
}
cpSync(join(CORPUS_DIR, 'images'), join(values.out, 'images'), { recursive: true });
console.log(
  `Wrote ${articles.length} synthetic stories and ${entities.length} entities (seed ${seed}) to ${relative(process.cwd(), values.out)}/ in ${Math.round(performance.now() - started)} ms`,
);
