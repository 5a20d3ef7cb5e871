import type { ModelFile, ModelHeader } from '../../src/ingest/model/model-file';
import { QUANTUM } from './config';

/**
 * Trained weights -> the file the app loads (format in model-file.ts): every weight an integer
 * multiple of one step (QUANTUM of the largest), weights that round to zero and features left with
 * none dropped, features sorted so a retrain on the same data writes the same bytes.
 */
export function exportModel(
  trained: { weights: Float64Array; transitions: Float64Array },
  featureNames: readonly string[],
  rest: { header: ModelHeader; abbreviations: string[] },
): { text: string; features: number } {
  const tagCount = rest.header.tags.length;
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
  const file: ModelFile = {
    header: { ...rest.header, scale },
    transitions: Array.from(trained.transitions, (value) => Math.round(value / scale)),
    names: names.join('\n'),
    weights: Buffer.from(Int16Array.from(packed).buffer).toString('base64'),
    abbreviations: [...rest.abbreviations].sort(),
  };
  return { text: `${JSON.stringify(file)}\n`, features: names.length };
}
