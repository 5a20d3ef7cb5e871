import type { ModelFile, ModelHeader, PassFile } from '../../src/ingest/model/model-file';
import { QUANTUM } from './config';
import type { TrainedPass } from './passes';

/**
 * Trained passes -> the file the app loads (format in model-file.ts). In each pass every weight is
 * an integer multiple of one step (QUANTUM of its largest), weights that round to zero and features
 * left with none are dropped, and features are sorted so a retrain on the same data writes the
 * same bytes.
 */
export function exportModel(
  passes: readonly [TrainedPass, TrainedPass],
  featureNames: readonly [readonly string[], readonly string[]],
  rest: { header: ModelHeader; abbreviations: string[] },
): { text: string; features: number[] } {
  const tagCount = rest.header.tags.length;
  const exported = passes.map((pass, k) => exportPass(pass, featureNames[k] ?? [], tagCount));
  const [first, second] = exported;
  if (!first || !second) throw new Error('two passes expected');
  const file: ModelFile = {
    header: rest.header,
    passes: [first.pass, second.pass],
    abbreviations: [...rest.abbreviations].sort(),
  };
  return { text: `${JSON.stringify(file)}\n`, features: exported.map((e) => e.features) };
}

function exportPass(
  trained: TrainedPass,
  featureNames: readonly string[],
  tagCount: number,
): { pass: PassFile; features: number } {
  let largest = 0;
  for (const value of trained.weights) largest = Math.max(largest, Math.abs(value));
  for (const value of trained.transitions) largest = Math.max(largest, Math.abs(value));
  const scale = largest * QUANTUM || 1;
  const names: string[] = [];
  const packed: number[] = [];
  const ordered = featureNames.map((name, id) => ({ name, id })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const { name, id } of ordered) {
    if (name.includes('\n')) continue;
    const pairs: number[] = [];
    for (let t = 0; t < tagCount; t += 1) {
      const value = Math.round((trained.weights[id * tagCount + t] ?? 0) / scale);
      if (value !== 0) pairs.push(t, value);
    }
    if (pairs.length === 0) continue;
    names.push(name);
    packed.push(pairs.length / 2, ...pairs);
  }
  const pass: PassFile = {
    scale,
    transitions: Array.from(trained.transitions, (value) => Math.round(value / scale)),
    names: names.join('\n'),
    weights: Buffer.from(Int16Array.from(packed).buffer).toString('base64'),
  };
  return { pass, features: names.length };
}
