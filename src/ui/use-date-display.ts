import { useHydrated } from './use-hydrated';

/**
 * The locale and time zone dates are written in. HTML rendered ahead of time (the build, or the
 * Lede server in its own zone) cannot know the reader's: it and its hydration write dates in
 * English and UTC, and the device's own follow with the hydrated flag, so the reader in Auckland
 * or Berlin hydrates the same text the server wrote. Undefined fields mean the device's defaults.
 */
export interface DateDisplay {
  locale: string | undefined;
  timeZone: 'UTC' | undefined;
}

const RENDERED_AHEAD: DateDisplay = { locale: 'en-US', timeZone: 'UTC' };
const THE_DEVICE: DateDisplay = { locale: undefined, timeZone: undefined };

export function useDateDisplay(): DateDisplay {
  return useHydrated() ? THE_DEVICE : RENDERED_AHEAD;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per display and options, built when first asked for (building one loads locale data). */
export function dateFormat(display: DateDisplay, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${display.locale ?? ''}|${display.timeZone ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(display.locale, { ...options, timeZone: display.timeZone });
    formats.set(key, format);
  }
  return format;
}
