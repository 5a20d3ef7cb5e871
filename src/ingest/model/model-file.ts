import * as v from 'valibot';

/** What a weights file was trained on and how: a test compares it with the trainer's settings. */
export const ModelHeaderSchema = v.object({
  format: v.literal(2),
  featureSet: v.string(),
  trainer: v.string(),
  seed: v.number(),
  epochs: v.number(),
  trainFile: v.string(),
  trainSha256: v.string(),
  tags: v.array(v.string()),
  /** Stored weights are integers; this is the trained value of one unit (for reading them, not decoding). */
  scale: v.number(),
  devF1: v.optional(v.number()),
});

/**
 * The weights file. Compact so it loads fast in a worker: feature names one per line, and their
 * weights as base64 little-endian int16: for each feature in name order, a count n, then n pairs
 * (tag, weight). Tags with weight zero are left out, and features with none are not in the file.
 */
export const ModelFileSchema = v.object({
  header: ModelHeaderSchema,
  /** (tags + 1) x tags integers: row 0 scores the first tag of a line, row 1 + t the tag after t. */
  transitions: v.array(v.number()),
  names: v.string(),
  weights: v.string(),
  /** Words whose full stop belongs to the name ("Corp.", "U.S."), as the training data writes them. */
  abbreviations: v.array(v.string()),
});

export type ModelHeader = v.InferOutput<typeof ModelHeaderSchema>;
export type ModelFile = v.InferOutput<typeof ModelFileSchema>;
