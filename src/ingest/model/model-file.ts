import * as v from 'valibot';

/** What a weights file was trained on and how: a test compares it with the trainer's settings. */
export const ModelHeaderSchema = v.object({
  format: v.literal(4),
  featureSet: v.string(),
  trainer: v.string(),
  seed: v.number(),
  /** Epochs of the first pass, of the second, and the folds that tagged the second's training text. */
  epochs: v.number(),
  secondEpochs: v.number(),
  folds: v.number(),
  trainFile: v.string(),
  trainSha256: v.string(),
  tags: v.array(v.string()),
  devF1: v.optional(v.number()),
});

/** One pass's weights: see ModelFileSchema for how they are packed. */
export const PassFileSchema = v.object({
  /** The trained value of one stored unit (for reading the weights, not for decoding). */
  scale: v.number(),
  /** (tags + 1) x tags integers: row 0 scores the first tag of a line, row 1 + t the tag after t. */
  transitions: v.array(v.number()),
  weights: v.string(),
});

/**
 * The weights file: the first pass reads the story, the second reads it again with the first's
 * tags. Compact so it loads fast in a worker: feature names once, one per line, shared by both
 * passes (one look-up serves both); each pass's weights as base64 little-endian int16: for each
 * feature in name order, a count n, then n pairs (tag, weight). Tags with weight zero are left out.
 */
export const ModelFileSchema = v.object({
  header: ModelHeaderSchema,
  names: v.string(),
  passes: v.tuple([PassFileSchema, PassFileSchema]),
  /** Words whose full stop belongs to the name ("Corp.", "U.S."), as the training data writes them. */
  abbreviations: v.array(v.string()),
});

export type ModelHeader = v.InferOutput<typeof ModelHeaderSchema>;
export type PassFile = v.InferOutput<typeof PassFileSchema>;
export type ModelFile = v.InferOutput<typeof ModelFileSchema>;
