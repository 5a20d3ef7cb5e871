import type { ArticleSummary } from '../../news/schema/article';

export interface StoryDay {
  /** The reader's local calendar day, yyyy-mm-dd, as a <time> wants it. */
  day: string;
  stories: ArticleSummary[];
}

/** The heading over stories whose date is unknown. */
const UNKNOWN_DAY = '';

/** Consecutive stories on the same local day share a heading; the list keeps the source's order. */
export function groupByDay(stories: readonly ArticleSummary[]): StoryDay[] {
  const days: StoryDay[] = [];
  for (const story of stories) {
    const day = story.publishedAt === null ? UNKNOWN_DAY : localDay(new Date(story.publishedAt));
    const last = days.at(-1);
    if (last?.day === day) last.stories.push(story);
    else days.push({ day, stories: [story] });
  }
  return days;
}

function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function formatDay(day: string, locale?: string): string {
  if (day === UNKNOWN_DAY) return 'Date unknown';
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(year, month - 1, date),
  );
}
