import type { SourceRecord } from '../../../src/news/schema/source-record';

const NOW = Date.parse('2026-12-01T12:00:00Z');

/** Minutes from the test's clock as an ISO timestamp: negative is the past. */
export function at(minutes: number, now = Date.now()): string {
  return new Date(now + minutes * 60_000).toISOString();
}

export function makeSourceRecord(overrides: Partial<SourceRecord> = {}): SourceRecord {
  return {
    id: 'harbour-gazette',
    name: 'Harbour Gazette',
    url: 'https://harbourgazette.example/feed.xml',
    siteUrl: 'https://harbourgazette.example/',
    intervalMinutes: 30,
    fullText: 'feed',
    status: 'active',
    health: {
      lastFetchAt: new Date(NOW - 5 * 60_000).toISOString(),
      lastSuccessAt: new Date(NOW - 5 * 60_000).toISOString(),
      lastError: null,
      itemsSeen: 12,
      nextFetchAt: new Date(NOW + 25 * 60_000).toISOString(),
    },
    ...overrides,
  };
}
