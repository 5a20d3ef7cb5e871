import { Perceptron, seededRandom, shuffle, type Sequence } from './perceptron';

export interface TrainedPass {
  weights: Float64Array;
  transitions: Float64Array;
}

/** A document's lines as training sequences (a document's lines stay together, for folds). */
export type DocumentSequences = Sequence[];

/**
 * Trains one pass over the documents' lines for `epochs` epochs, shuffled by `seed`, and returns
 * the averaged weights. `afterEpoch` sees the averaged weights after each epoch (to print dev F1).
 */
export function trainPass(
  docs: readonly DocumentSequences[],
  size: { features: number; tags: number },
  epochs: number,
  seed: number,
  afterEpoch?: (epoch: number, trained: TrainedPass, perceptron: Perceptron) => void,
): TrainedPass {
  const perceptron = new Perceptron(size.features, size.tags);
  const random = seededRandom(seed);
  const lines = docs.flat();
  for (let epoch = 1; epoch <= epochs; epoch += 1) {
    for (const sequence of shuffle([...lines], random)) perceptron.train(sequence);
    if (afterEpoch) afterEpoch(epoch, perceptron.averaged(), perceptron);
  }
  return perceptron.averaged();
}

/**
 * First-pass tags for the training documents as a first pass would give them on text it never saw:
 * the documents are split into `folds`, and each fold is tagged by a pass trained on the others
 * (jackknifing), so the second pass learns how far to trust a first reading of unseen text.
 */
export function jackknifeTags(
  docs: readonly DocumentSequences[],
  size: { features: number; tags: number },
  options: { folds: number; epochs: number; seed: number; log: (line: string) => void },
): number[][][] {
  const tags: number[][][] = docs.map(() => []);
  for (let fold = 0; fold < options.folds; fold += 1) {
    const inFold = (k: number) => k % options.folds === fold;
    const trained = trainPass(
      docs.filter((_, k) => !inFold(k)),
      size,
      options.epochs,
      options.seed + fold + 1,
    );
    const perceptron = new Perceptron(size.features, size.tags);
    docs.forEach((lines, k) => {
      if (inFold(k)) tags[k] = lines.map((line) => perceptron.predict(line, trained.weights, trained.transitions));
    });
    options.log(`  fold ${fold + 1} of ${options.folds} tagged`);
  }
  return tags;
}
