import { dateFormat, type DateDisplay } from '../../ui/use-date-display';

/** "1 mention", "3 stories": the interface is English-only, so a singular and a plural are enough. */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function formatDate(iso: string | null, display: DateDisplay): string {
  if (iso === null) return 'Unknown';
  return dateFormat(display, { dateStyle: 'medium' }).format(new Date(iso));
}
