import { useHydrated } from './use-hydrated';

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

// Building an Intl formatter costs far more than formatting; a long feed formats hundreds of times.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const absoluteFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, locale: string | undefined, make: () => T): T {
  const key = locale ?? '';
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** What the reader sees for a story whose source gave no date Lede could read (null). */
export const DATE_UNKNOWN = 'date unknown';

export function relativeTime(iso: string | null, now = Date.now(), locale?: string): string {
  if (iso === null) return DATE_UNKNOWN;
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const format = cached(relativeFormats, locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

export function absoluteTime(iso: string | null, locale?: string): string {
  if (iso === null) return DATE_UNKNOWN;
  return cached(
    absoluteFormats,
    locale,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }),
  ).format(new Date(iso));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The date alone, the same wherever and whenever it is rendered: UTC, in English, as
 * `Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' })` writes it ("Nov 28, 2026").
 * By hand, because the first Intl formatter a page builds loads locale data: a long task in the
 * middle of hydration, for a date that never depends on the locale.
 */
export function stableDate(iso: string): string {
  const date = new Date(iso);
  return `${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/**
 * "3 days ago", with the exact time on hover and for assistive technology. HTML rendered at build
 * time cannot know the time now or the reader's time zone: it shows the date until hydrated.
 */
export function RelativeTime({ iso }: { iso: string | null }) {
  const hydrated = useHydrated();
  if (iso === null) return <span>{DATE_UNKNOWN}</span>;
  if (!hydrated) return <time dateTime={iso}>{stableDate(iso)}</time>;
  const exact = absoluteTime(iso);
  return (
    <time dateTime={iso} title={exact} aria-label={exact}>
      {relativeTime(iso)}
    </time>
  );
}
