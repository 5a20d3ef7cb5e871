import { viterbi } from '../../src/ingest/model/decode';

/** One line of training data: each token's feature ids and its gold tag. */
export interface Sequence {
  features: Int32Array[];
  gold: number[];
  /** Tokens no name may run into (see nameBreaks). */
  breaks: Uint8Array;
}

/**
 * A structured perceptron over BILOU tags, decoded with the app's own Viterbi, with averaged
 * weights (Collins 2002). Averaging is lazy: `sums` holds each update times the step it was made
 * at, so the average is `weights - sums / step` without touching every weight at every step.
 */
export class Perceptron {
  readonly weights: Float64Array;
  private readonly sums: Float64Array;
  readonly transitions: Float64Array;
  private readonly transitionSums: Float64Array;
  private step = 1;

  constructor(
    readonly featureCount: number,
    readonly tagCount: number,
  ) {
    this.weights = new Float64Array(featureCount * tagCount);
    this.sums = new Float64Array(featureCount * tagCount);
    this.transitions = new Float64Array((tagCount + 1) * tagCount);
    this.transitionSums = new Float64Array((tagCount + 1) * tagCount);
  }

  predict(
    { features, breaks }: Pick<Sequence, 'features' | 'breaks'>,
    weights = this.weights,
    transitions = this.transitions,
  ): number[] {
    const { tagCount } = this;
    const scores = new Float32Array(features.length * tagCount);
    features.forEach((ids, i) => {
      for (const id of ids) {
        if (id < 0) continue;
        for (let t = 0; t < tagCount; t += 1)
          scores[i * tagCount + t] = (scores[i * tagCount + t] ?? 0) + (weights[id * tagCount + t] ?? 0);
      }
    });
    return viterbi(scores, features.length, tagCount, Float32Array.from(transitions), breaks);
  }

  /** Decodes one line and moves the weights from the predicted tags towards the gold ones. */
  train(sequence: Sequence): void {
    const predicted = this.predict(sequence);
    const { gold } = sequence;
    for (let i = 0; i < gold.length; i += 1) {
      const want = gold[i] ?? 0;
      const got = predicted[i] ?? 0;
      const previousWant = i === 0 ? -1 : (gold[i - 1] ?? 0);
      const previousGot = i === 0 ? -1 : (predicted[i - 1] ?? 0);
      if (want !== got) {
        for (const id of sequence.features[i] ?? []) {
          this.add(this.weights, this.sums, id * this.tagCount + want, 1);
          this.add(this.weights, this.sums, id * this.tagCount + got, -1);
        }
      }
      if (want !== got || previousWant !== previousGot) {
        this.add(this.transitions, this.transitionSums, (previousWant + 1) * this.tagCount + want, 1);
        this.add(this.transitions, this.transitionSums, (previousGot + 1) * this.tagCount + got, -1);
      }
    }
    this.step += 1;
  }

  /** The averaged weights, the ones that generalize. */
  averaged(): { weights: Float64Array; transitions: Float64Array } {
    const average = (values: Float64Array, sums: Float64Array) =>
      values.map((value, k) => value - (sums[k] ?? 0) / this.step);
    return { weights: average(this.weights, this.sums), transitions: average(this.transitions, this.transitionSums) };
  }

  private add(values: Float64Array, sums: Float64Array, index: number, delta: number): void {
    values[index] = (values[index] ?? 0) + delta;
    sums[index] = (sums[index] ?? 0) + this.step * delta;
  }
}

/** A small seeded generator (mulberry32), so a retrain shuffles the same way every time. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
