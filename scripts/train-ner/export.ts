import type { ModelFile, ModelHeader, PassFile } from '../../src/ingest/model/model-file';
import { QUANTUM } from './config';
import type { TrainedPass } from './passes';

/**
 * Trained passes -> the file the app loads (format in model-file.ts). In each pass every weight is
 * an integer multiple of one step (QUANTUM of its largest) and weights that round to zero are
 * dropped; a feature with no weight left in either pass is dropped. Features are sorted so a
 * retrain on the same data writes the same bytes. A pass knows only the first `featureCounts[k]`
 * features (the first pass has none of the second's).
 */
export function exportModel(
  passes: readonly [TrainedPass, TrainedPass],
  featureNames: readonly string[],
  featureCounts: readonly [number, number],
  rest: { header: ModelHeader; abbreviations: string[] },
): { text: string; features: number[] } {
  const tagCount = rest.header.tags.length;
  const scales = passes.map((pass) => scaleOf(pass));
  const valueOf = (k: number, id: number, t: number) =>
    id >= (featureCounts[k] ?? 0) ? 0 : Math.round((passes[k]?.weights[id * tagCount + t] ?? 0) / (scales[k] ?? 1));
  const names: string[] = [];
  const packed: number[][] = [[], []];
  const kept = [0, 0];
  const ordered = featureNames.map((name, id) => ({ name, id })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const { name, id } of ordered) {
    if (name.includes('\n')) continue;
    const pairs = [0, 1].map((k) => {
      const found: number[] = [];
      for (let t = 0; t < tagCount; t += 1) {
        const value = valueOf(k, id, t);
        if (value !== 0) found.push(t, value);
      }
      return found;
    });
    if (pairs.every((found) => found.length === 0)) continue;
    names.push(name);
    pairs.forEach((found, k) => {
      packed[k]?.push(found.length / 2, ...found);
      if (found.length > 0) kept[k] = (kept[k] ?? 0) + 1;
    });
  }
  const passFile = (k: number): PassFile => ({
    scale: scales[k] ?? 1,
    transitions: Array.from(passes[k]?.transitions ?? [], (value) => Math.round(value / (scales[k] ?? 1))),
    weights: Buffer.from(Int16Array.from(packed[k] ?? []).buffer).toString('base64'),
  });
  const file: ModelFile = {
    header: rest.header,
    names: names.join('\n'),
    passes: [passFile(0), passFile(1)],
    abbreviations: [...rest.abbreviations].sort(),
  };
  return { text: `${JSON.stringify(file)}\n`, features: kept };
}

function scaleOf(trained: TrainedPass): number {
  let largest = 0;
  for (const value of trained.weights) largest = Math.max(largest, Math.abs(value));
  for (const value of trained.transitions) largest = Math.max(largest, Math.abs(value));
  return largest * QUANTUM || 1;
}
