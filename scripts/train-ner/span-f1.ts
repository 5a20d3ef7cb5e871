import { spansOf } from '../../src/ingest/model/tags';

/** Exact span and class F1 of predicted against gold tag sequences, micro-averaged. */
export function spanF1(gold: readonly (readonly number[])[], predicted: readonly (readonly number[])[]): number {
  let matched = 0;
  let goldCount = 0;
  let predictedCount = 0;
  gold.forEach((tags, k) => {
    const want = new Set(spansOf(tags).map((s) => `${s.from}:${s.to}:${s.cls}`));
    const got = spansOf(predicted[k] ?? []).map((s) => `${s.from}:${s.to}:${s.cls}`);
    goldCount += want.size;
    predictedCount += got.length;
    matched += got.filter((key) => want.has(key)).length;
  });
  return matched === 0 ? 0 : (2 * matched) / (goldCount + predictedCount);
}
