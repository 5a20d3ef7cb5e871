import type { ArticleSummary } from '../../news/schema/article';
import { dateFormat, type DateDisplay } from '../../ui/use-date-display';

export interface StoryDay {
  /** The calendar day in the display's time zone, yyyy-mm-dd, as a <time> wants it. */
  day: string;
  stories: ArticleSummary[];
}

/** The heading over stories whose date is unknown. */
const UNKNOWN_DAY = '';

/** Consecutive stories on the same day share a heading; the list keeps the source's order. */
export function groupByDay(stories: readonly ArticleSummary[], timeZone: DateDisplay['timeZone']): StoryDay[] {
  const days: StoryDay[] = [];
  for (const story of stories) {
    const day = story.publishedAt === null ? UNKNOWN_DAY : calendarDay(new Date(story.publishedAt), timeZone);
    const last = days.at(-1);
    if (last?.day === day) last.stories.push(story);
    else days.push({ day, stories: [story] });
  }
  return days;
}

function calendarDay(date: Date, timeZone: DateDisplay['timeZone']): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  if (timeZone === 'UTC') return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A day heading ("Thursday, 5 November 2026" in the display's language); the day is already a calendar day. */
export function formatDay(day: string, locale: DateDisplay['locale']): string {
  if (day === UNKNOWN_DAY) return 'Date unknown';
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  const options = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
  return dateFormat({ locale, timeZone: 'UTC' }, options).format(new Date(Date.UTC(year, month - 1, date)));
}
