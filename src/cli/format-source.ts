import type { RefreshReport, SourceRecord } from '../news/schema/source-record';
import { itemsWords, noNextFetchWords, statusWords } from '../news/source-words';
import { relativeTime } from '../ui/relative-time';

/** A source in a few lines of plain text, its health in the same words the Sources view uses. */
export function formatSource(source: SourceRecord, now: number): string {
  const { health } = source;
  const when = (iso: string | null) => (iso === null ? 'never' : relativeTime(iso, now, 'en'));
  const next = noNextFetchWords(source, now) ?? relativeTime(health.nextFetchAt ?? '', now, 'en');
  const lines = [
    `${source.name} (${source.id}): ${statusWords(source)}`,
    ...(source.url ? [`  feed: ${source.url}`] : []),
    `  last fetch ${when(health.lastFetchAt)}, last success ${when(health.lastSuccessAt)}, ` +
      `${itemsWords(health.itemsSeen)} seen, next fetch ${next}`,
    ...(health.lastError ? [`  last error: ${health.lastError}`] : []),
  ];
  return lines.join('\n');
}

/** "Harbour Gazette: 3 new or changed stories of 12 in the feed", or why the fetch failed. */
export function formatRefresh(report: RefreshReport): string {
  const { source } = report;
  if (source.health.lastError) return `${source.name}: failed: ${source.health.lastError}`;
  if (report.notModified) return `${source.name}: unchanged since the last fetch`;
  const notes = [
    ...(report.repaired > 0 ? [`${report.repaired} repaired`] : []),
    ...(report.refused > 0 ? [`${report.refused} left out`] : []),
  ];
  const noted = notes.length > 0 ? ` (${notes.join(', ')}, see the server's log)` : '';
  return `${source.name}: ${report.written} new or changed ${report.written === 1 ? 'story' : 'stories'} of ${report.found} in the feed${noted}`;
}
