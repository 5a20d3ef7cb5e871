import type { FeedHead } from './feed-entry';

export const DEFAULT_INTERVAL_MINUTES = 30;
const MIN_MINUTES = 10;
const MAX_MINUTES = 24 * 60;
const PERIOD_MINUTES: Record<string, number> = {
  hourly: 60,
  daily: 1440,
  weekly: 10_080,
  monthly: 43_200,
  yearly: 525_600,
};

export interface RefreshHint {
  minutes: number;
  /** Which hint decided; 'default' when the feed and server gave none. */
  from: 'ttl' | 'sy:updatePeriod' | 'cache-control' | 'default';
}

/**
 * How often to poll, from what the publisher asked for: RSS ttl, sy:updatePeriod/Frequency and
 * the response's Cache-Control max-age. The longest wins (each says "not sooner than"), clamped
 * to 10 minutes .. 1 day so one odd value neither hammers a site nor forgets it.
 */
export function refreshHint(head: FeedHead, cacheControl?: string | null): RefreshHint {
  const hints: RefreshHint[] = [];
  if (head.ttlMinutes && head.ttlMinutes > 0) hints.push({ minutes: head.ttlMinutes, from: 'ttl' });
  const period = head.updatePeriod ? PERIOD_MINUTES[head.updatePeriod.trim().toLowerCase()] : undefined;
  if (period) hints.push({ minutes: period / Math.max(1, head.updateFrequency ?? 1), from: 'sy:updatePeriod' });
  const maxAge = /(?:^|,)\s*(?:s-)?max-age\s*=\s*(\d+)/i.exec(cacheControl ?? '');
  if (maxAge?.[1] && !/no-(?:cache|store)/i.test(cacheControl ?? '')) {
    hints.push({ minutes: Number(maxAge[1]) / 60, from: 'cache-control' });
  }
  const longest = hints.sort((a, b) => b.minutes - a.minutes)[0];
  if (!longest) return { minutes: DEFAULT_INTERVAL_MINUTES, from: 'default' };
  return { minutes: Math.round(Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, longest.minutes))), from: longest.from };
}
