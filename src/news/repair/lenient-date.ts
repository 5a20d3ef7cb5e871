/**
 * Reads a publication date the way real feeds write it, into ISO 8601 with an offset, or null
 * ("date unknown") when it cannot be read by these rules. The rules, in order:
 * 1. A number, or a string of 9 to 13 digits, is Unix time: below 1e11 in seconds, else milliseconds.
 * 2. ISO 8601 `YYYY-MM-DD`, optionally `THH:MM[:SS[.fff]]` (a space may stand for T) and `Z` or
 *    `±HH[:]MM`. A time without a zone is taken as UTC; a date alone is midnight UTC.
 * 3. RFC 2822 as RSS uses it: `[Wkd,] D Mon YYYY HH:MM[:SS] zone`, with the named US zones, GMT/UT/Z,
 *    or a numeric offset; a missing or unknown zone is UTC; two-digit years are 19xx from 50, else 20xx.
 * A leap second (:60) is read as :59. Anything else, an impossible day (31 April), or a year
 * outside 1000-9999 is unknown: Date.parse is not used, since what it accepts differs by browser.
 */
export function readDate(value: unknown): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^\d{9,13}$/.test(text)) return fromEpoch(Number(text));
  return fromIso(text) ?? fromRfc2822(text);
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  fraction: string;
  /** Minutes east of UTC. */
  offset: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function fromIso(text: string): string | null {
  const match = ISO.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  return format({
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    fraction: fraction ?? '',
    offset: zone === undefined || zone.toUpperCase() === 'Z' ? 0 : numericOffset(zone),
  });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAMED_ZONES: Record<string, number> = {
  GMT: 0,
  UT: 0,
  UTC: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};
const RFC_2822 =
  /^(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5})?$/i;

function fromRfc2822(text: string): string | null {
  const match = RFC_2822.exec(text);
  if (!match) return null;
  const [, day, monthName, yearText, hour, minute, second, zone] = match;
  const month = MONTHS.indexOf(monthName!.toLowerCase()) + 1;
  if (month === 0) return null;
  let year = Number(yearText);
  if (yearText!.length === 2) year += year < 50 ? 2000 : 1900;
  return format({
    year,
    month,
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second ?? 0),
    fraction: '',
    offset: zone === undefined ? 0 : /^[+-]/.test(zone) ? numericOffset(zone) : (NAMED_ZONES[zone.toUpperCase()] ?? 0),
  });
}

function numericOffset(zone: string): number {
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return zone.startsWith('-') ? -minutes : minutes;
}

function fromEpoch(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const ms = Math.abs(value) < 1e11 ? value * 1000 : value;
  const date = new Date(Math.round(ms));
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  return year >= 1000 && year <= 9999 ? date.toISOString() : null;
}

/** Checks the fields name a real moment (no 31 April, no 25:00), then writes them with their offset. */
function format(parts: Parts): string | null {
  const second = parts.second === 60 ? 59 : parts.second;
  const { year, month, day, hour, minute, offset } = parts;
  if (year < 1000 || year > 9999 || hour > 23 || minute > 59 || second > 59 || Math.abs(offset) >= 24 * 60) {
    return null;
  }
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const zone =
    offset === 0
      ? 'Z'
      : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${parts.fraction}${zone}`;
}
