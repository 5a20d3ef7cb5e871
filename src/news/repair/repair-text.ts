import * as v from 'valibot';
import { HttpUrlSchema, ImageUrlSchema, TimestampSchema } from '../schema/primitives';
import { readDate } from './lenient-date';
import { isRecord, kindOf, type RepairLog } from './repair-log';

/** Trimmed text, or undefined (noted) when the value is not text or only whitespace. */
export function readText(value: unknown, field: string, log: RepairLog, required = false): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (value !== undefined || required) log.note(field, `${kindOf(value)}, not text; left out`);
  return undefined;
}

/** An author given as a list of names becomes one line: "Ana Kihara, Ben Ito". */
export function readAuthor(value: unknown, log: RepairLog): string | undefined {
  if (Array.isArray(value)) {
    const list: unknown[] = value;
    const names = list
      .map((item) => (isRecord(item) ? item.name : item))
      .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
      .map((item) => item.trim());
    log.note('author', names.length > 0 ? 'a list of names; joined' : 'an empty list; left out');
    return names.length > 0 ? names.join(', ') : undefined;
  }
  return readText(value, 'author', log);
}

export function readHttpUrl(value: unknown, field: string, log: RepairLog): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && v.is(HttpUrlSchema, value.trim())) return value.trim();
  log.note(field, 'not an http(s) URL; left out');
  return undefined;
}

/** An image with a bad address is left out; a bare address string is read as an image without alt text. */
export function readImage(value: unknown, log: RepairLog) {
  if (value === undefined) return undefined;
  const image = typeof value === 'string' ? { url: value } : value;
  if (!isRecord(image) || typeof image.url !== 'string' || !v.is(ImageUrlSchema, image.url.trim())) {
    log.note('image', 'not an http(s) or relative image address; left out');
    return undefined;
  }
  if (typeof value === 'string') log.note('image', 'an address without alt text; alt left empty');
  const alt = typeof image.alt === 'string' ? image.alt : '';
  if (typeof image.alt !== 'string' && typeof value !== 'string')
    log.note('image.alt', `${kindOf(image.alt)}; left empty`);
  const credit = readText(image.credit, 'image.credit', log);
  return { url: image.url.trim(), alt, ...(credit === undefined ? {} : { credit }) };
}

/** The list's text items; anything else in it is left out, a lone string becomes a one-item list. */
export function readTextList(value: unknown, field: string, log: RepairLog): string[] {
  if (value === undefined) {
    log.note(field, 'missing; empty');
    return [];
  }
  const list: unknown[] = Array.isArray(value) ? value : [value];
  if (!Array.isArray(value)) log.note(field, `${kindOf(value)}, not a list; read as a list`);
  const texts = list.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  if (texts.length < list.length) log.note(field, `${list.length - texts.length} item(s) not text; left out`);
  return texts.map((item) => item.trim());
}

/** A number in [min, max], clamped; the fallback when it is not a number at all. */
export function readNumber(
  value: unknown,
  field: string,
  log: RepairLog,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    log.note(field, `${kindOf(value)}, not a number; ${fallback} used`);
    return fallback;
  }
  if (typeof value === 'string') log.note(field, 'a number written as text; read as a number');
  const clamped = Math.min(max, Math.max(min, number));
  if (clamped !== number) log.note(field, `out of range; ${clamped} used`);
  return clamped;
}

/** The first words of `text` up to about `max` characters, cut at a word, with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A date read by the lenient rules (lenient-date.ts); null, the schema's "date unknown", needs no repair. */
export function readTimestamp(value: unknown, field: string, log: RepairLog): string | null {
  if (value === null || (typeof value === 'string' && v.is(TimestampSchema, value))) return value;
  const date = readDate(value);
  log.note(field, date === null ? `${kindOf(value)}, not a readable date; date unknown` : `read as ${date}`);
  return date;
}
