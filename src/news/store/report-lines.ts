import type { UpsertReport } from './news-store';

/**
 * A write's repairs and refusals as log lines, one per story: "repaired 'x': image.url not an
 * http(s) ...; publishedAt read as ...", "refused 'y': body longer than ...". Nothing is silent.
 */
export function reportLines(report: Pick<UpsertReport, 'repaired' | 'refused'>): string[] {
  const field = (name: string, reason: string) => (name === '' ? reason : `${name} ${reason}`);
  return [
    ...report.repaired.map(
      ({ id, repairs }) => `repaired '${id}': ${repairs.map((r) => field(r.field, r.reason)).join('; ')}`,
    ),
    ...report.refused.map(
      ({ id, field: name, reason }) => `refused ${id ? `'${id}'` : 'a story'}: ${field(name, reason)}`,
    ),
  ];
}
