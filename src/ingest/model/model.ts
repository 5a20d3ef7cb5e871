import * as v from 'valibot';
import { ModelFileSchema, type ModelHeader, type PassFile } from './model-file';

/**
 * One pass of a linear sequence model: an integer weight per (feature, tag) and per pair of
 * adjacent tags. It knows nothing of what the features mean; they are opaque strings to it.
 */
export interface LinearPass {
  transitions: Float32Array;
  /** Feature -> its row in `weights`. */
  rows: ReadonlyMap<string, number>;
  /** rows x tags, dense. */
  weights: Int16Array;
}

/** The shipped model: a first pass over each line, and a second that also reads the first's tags. */
export interface LinearModel {
  header: ModelHeader;
  tagCount: number;
  first: LinearPass;
  second: LinearPass;
  abbreviations: ReadonlySet<string>;
}

export function loadModel(json: unknown, expectedFeatureSet: string): LinearModel {
  const file = v.parse(ModelFileSchema, json);
  const { header } = file;
  if (header.featureSet !== expectedFeatureSet)
    throw new Error(
      `NER model was trained on features '${header.featureSet}', this code makes '${expectedFeatureSet}'`,
    );
  const tagCount = header.tags.length;
  const [first, second] = file.passes.map((pass) => loadPass(pass, tagCount));
  if (!first || !second) throw new Error('NER model: two passes expected');
  return { header, tagCount, first, second, abbreviations: new Set(file.abbreviations) };
}

function loadPass(file: PassFile, tagCount: number): LinearPass {
  if (file.transitions.length !== (tagCount + 1) * tagCount)
    throw new Error(`NER model: ${file.transitions.length} transition scores for ${tagCount} tags`);
  const names = file.names.split('\n');
  const packed = decodeInt16(file.weights);
  const weights = new Int16Array(names.length * tagCount);
  const rows = new Map<string, number>();
  let k = 0;
  names.forEach((name, row) => {
    rows.set(name, row);
    const count = packed[k++] ?? 0;
    for (let n = 0; n < count; n += 1, k += 2) weights[row * tagCount + (packed[k] ?? 0)] = packed[k + 1] ?? 0;
  });
  if (k !== packed.length) throw new Error('NER model: the weights do not match the feature names');
  return { transitions: Float32Array.from(file.transitions), rows, weights };
}

function decodeInt16(base64: string): Int16Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Int16Array(bytes.buffer, 0, bytes.length >> 1);
}

/** Adds the scores of `features` for token `i` to `scores` (tokens x tags, row-major). */
export function addScores(
  pass: LinearPass,
  tagCount: number,
  scores: Float32Array,
  i: number,
  features: readonly string[],
): void {
  const { rows, weights } = pass;
  const offset = i * tagCount;
  for (const feature of features) {
    const row = rows.get(feature);
    if (row === undefined) continue;
    const base = row * tagCount;
    for (let t = 0; t < tagCount; t += 1) scores[offset + t] = (scores[offset + t] ?? 0) + (weights[base + t] ?? 0);
  }
}
