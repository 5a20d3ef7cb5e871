/**
 * How often a feed says it may be polled, from its `ttl` (RSS, minutes), its `sy:updatePeriod`
 * and `sy:updateFrequency` (RSS 1.0 syndication module) and the response's Cache-Control max-age.
 * The longest stated interval wins: each is the publisher asking not to be asked sooner.
 */
export interface FeedHints {
  ttlMinutes?: number;
  updatePeriod?: string;
  updateFrequency?: number;
  cacheControl?: string | null;
}

const PERIOD_MINUTES: Record<string, number> = {
  hourly: 60,
  daily: 24 * 60,
  weekly: 7 * 24 * 60,
  monthly: 30 * 24 * 60,
  yearly: 365 * 24 * 60,
};

/** The minutes the feed asks for, or undefined when it asks for nothing usable. */
export function hintedIntervalMinutes(hints: FeedHints): number | undefined {
  const stated = [ttlMinutes(hints.ttlMinutes), syndicationMinutes(hints), maxAgeMinutes(hints.cacheControl)];
  const usable = stated.filter((minutes): minutes is number => minutes !== undefined);
  return usable.length > 0 ? Math.max(...usable) : undefined;
}

function ttlMinutes(ttl: number | undefined): number | undefined {
  return ttl !== undefined && Number.isFinite(ttl) && ttl > 0 ? ttl : undefined;
}

function syndicationMinutes({ updatePeriod, updateFrequency }: FeedHints): number | undefined {
  if (!updatePeriod) return undefined;
  const period = PERIOD_MINUTES[updatePeriod.trim().toLowerCase()];
  if (period === undefined) return undefined;
  // The frequency is how many updates per period; 1 when left out, and nonsense is ignored.
  const frequency =
    updateFrequency !== undefined && Number.isFinite(updateFrequency) && updateFrequency >= 1 ? updateFrequency : 1;
  return period / frequency;
}

function maxAgeMinutes(cacheControl: string | null | undefined): number | undefined {
  if (!cacheControl) return undefined;
  const directives = cacheControl
    .toLowerCase()
    .split(',')
    .map((part) => part.trim());
  // no-store / no-cache say nothing about how often to come back; they are not a request to poll.
  const maxAge = directives.find((part) => part.startsWith('max-age='));
  const seconds = maxAge ? Number(maxAge.slice('max-age='.length)) : NaN;
  return Number.isFinite(seconds) && seconds > 0 ? seconds / 60 : undefined;
}
