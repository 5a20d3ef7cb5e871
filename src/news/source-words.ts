import type { SourceRecord } from './schema/source-record';

/** What a source is doing, in one phrase: the first thing a person checking their feeds wants. */
export function statusWords(source: Pick<SourceRecord, 'status' | 'intervalMinutes'>): string {
  switch (source.status) {
    case 'active':
      return `Fetched ${intervalWords(source.intervalMinutes)}`;
    case 'failing':
      return 'Failing: retrying later, less often';
    case 'paused':
      return 'Paused: not fetched';
    case 'bundled':
      return 'Bundled with Lede: never fetched';
  }
}

/** "every 30 minutes", "every hour", "every 6 hours", "every day", "every 2 days". */
export function intervalWords(minutes: number): string {
  const day = 24 * 60;
  if (minutes % day === 0) return minutes === day ? 'every day' : `every ${minutes / day} days`;
  if (minutes % 60 === 0) return minutes === 60 ? 'every hour' : `every ${minutes / 60} hours`;
  return minutes === 1 ? 'every minute' : `every ${minutes} minutes`;
}

export function itemsWords(count: number): string {
  return count === 1 ? '1 story' : `${count.toLocaleString('en')} stories`;
}

/** Why there is no next fetch time, or null when there is one to show. */
export function noNextFetchWords(source: Pick<SourceRecord, 'status' | 'health'>, now: number): string | null {
  if (source.status === 'bundled') return 'never: its stories came with Lede';
  if (source.status === 'paused') return 'none while paused';
  const next = source.health.nextFetchAt;
  if (next === null) return 'not scheduled yet';
  return Date.parse(next) <= now ? 'due now' : null;
}
