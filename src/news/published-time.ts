/** Earlier than any real date, and finite, so it survives JSON in a cursor. */
const UNKNOWN_TIME = -8.64e15;

/** A story's date as a sort key: a story with no known date counts as the oldest. */
export function publishedTime(publishedAt: string | null): number {
  const time = publishedAt === null ? Number.NaN : Date.parse(publishedAt);
  return Number.isNaN(time) ? UNKNOWN_TIME : time;
}
