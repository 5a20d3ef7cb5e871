/** Small order statistics for noisy measurements: medians and ranges, never means. */

export function sorted(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

/** Linear-interpolated percentile (p in 0..100), NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  const s = sorted(values);
  if (s.length === 0) return Number.NaN;
  const rank = (Math.min(Math.max(p, 0), 100) / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = s[lo] ?? Number.NaN;
  const b = s[hi] ?? Number.NaN;
  return a + (b - a) * (rank - lo);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function min(values: readonly number[]): number {
  const s = sorted(values);
  return s[0] ?? Number.NaN;
}

export function max(values: readonly number[]): number {
  const s = sorted(values);
  return s[s.length - 1] ?? Number.NaN;
}

/** "median (min–max)" with one formatter for all three. */
export function medianRange(values: readonly number[], format: (n: number) => string): string {
  if (sorted(values).length === 0) return 'n/a';
  return `${format(median(values))} (${format(min(values))}–${format(max(values))})`;
}
