import * as v from 'valibot';
import { ModelFileSchema, type ModelHeader, type PassFile } from './model-file';

/**
 * One pass of a linear sequence model: an integer weight per (feature, tag) and per pair of
 * adjacent tags. It knows nothing of what the features mean; they are opaque strings to it.
 */
export interface LinearPass {
  transitions: Float32Array;
  /** rows x tags, dense, in the rows of the model's `rows`. */
  weights: Int16Array;
}

/** The shipped model: a first pass over each line, and a second that also reads the first's tags. */
export interface LinearModel {
  header: ModelHeader;
  tagCount: number;
  /** Feature -> its row in both passes' weights. */
  rows: ReadonlyMap<string, number>;
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
  const names = file.names.split('\n');
  const rows = new Map(names.map((name, row) => [name, row]));
  const [first, second] = file.passes.map((pass) => loadPass(pass, names.length, tagCount));
  if (!first || !second) throw new Error('NER model: two passes expected');
  return { header, tagCount, rows, first, second, abbreviations: new Set(file.abbreviations) };
}

function loadPass(file: PassFile, rowCount: number, tagCount: number): LinearPass {
  if (file.transitions.length !== (tagCount + 1) * tagCount)
    throw new Error(`NER model: ${file.transitions.length} transition scores for ${tagCount} tags`);
  const packed = decodeInt16(file.weights);
  const weights = new Int16Array(rowCount * tagCount);
  let k = 0;
  for (let row = 0; row < rowCount; row += 1) {
    const count = packed[k++] ?? 0;
    for (let n = 0; n < count; n += 1, k += 2) weights[row * tagCount + (packed[k] ?? 0)] = packed[k + 1] ?? 0;
  }
  if (k !== packed.length) throw new Error('NER model: the weights do not match the feature names');
  return { transitions: Float32Array.from(file.transitions), weights };
}

function decodeInt16(base64: string): Int16Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Int16Array(bytes.buffer, 0, bytes.length >> 1);
}

/** The rows of the features the model knows, in order; the others have no weight and are left out. */
export function rowsOf(model: LinearModel, features: readonly string[]): Int32Array {
  const found = new Int32Array(features.length);
  let n = 0;
  for (const feature of features) {
    const row = model.rows.get(feature);
    if (row !== undefined) found[n++] = row;
  }
  return found.subarray(0, n);
}

/** Adds the weights of `rows` under `pass` to token `i`'s scores (tokens x tags, row-major). */
export function addScores(pass: LinearPass, tagCount: number, scores: Float32Array, i: number, rows: Int32Array): void {
  const { weights } = pass;
  const offset = i * tagCount;
  for (const row of rows) {
    const base = row * tagCount;
    for (let t = 0; t < tagCount; t += 1) scores[offset + t] = (scores[offset + t] ?? 0) + (weights[base + t] ?? 0);
  }
}
