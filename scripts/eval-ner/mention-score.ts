/** Mention-level scoring the CoNLL way: a mention counts only with the exact span and type. */
export interface Mention {
  p: number;
  s: number;
  e: number;
  type: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
}

export function figures({ tp, fp, fn }: Counts): Figures {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    gold: tp + fn,
  };
}

/** Adds one document's matches to `counts`, under the keys `keyOf` gives (null: not counted). */
export function count(
  counts: Map<string, Counts>,
  gold: readonly Mention[],
  predicted: readonly Mention[],
  keyOf: (mention: Mention) => string | null,
  sameSpanOnly = false,
): void {
  const id = (m: Mention) => (sameSpanOnly ? `${m.p}:${m.s}:${m.e}` : `${m.p}:${m.s}:${m.e}:${m.type}`);
  const bump = (key: string | null, field: keyof Counts) => {
    if (key === null) return;
    const entry = counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    entry[field] += 1;
    counts.set(key, entry);
  };
  const goldIds = new Set(gold.map(id));
  const predictedIds = new Set(predicted.map(id));
  for (const m of predicted) bump(keyOf(m), goldIds.has(id(m)) ? 'tp' : 'fp');
  for (const m of gold) if (!predictedIds.has(id(m))) bump(keyOf(m), 'fn');
}
