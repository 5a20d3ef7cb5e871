import * as v from 'valibot';
import type { Source } from '../schema/article';
import { IdSchema } from '../schema/primitives';
import { isRecord, kindOf, type RepairLog } from './repair-log';
import { readHttpUrl, readText } from './repair-text';

const UNKNOWN_SOURCE: Source = { id: 'unknown', name: 'Unknown source' };

/** A story's source is never a reason to lose it: a name alone is enough, and no source says so. */
export function readSource(value: unknown, log: RepairLog): Source {
  if (typeof value === 'string' && value.trim() !== '') {
    log.note('source', 'a name only; id made from it');
    return { id: slug(value), name: value.trim() };
  }
  if (!isRecord(value)) {
    log.note('source', `${kindOf(value)}; shown as ${UNKNOWN_SOURCE.name}`);
    return UNKNOWN_SOURCE;
  }
  const sourceLog = log.at('source');
  const name = readText(value.name, 'name', sourceLog, true);
  const id = v.is(IdSchema, value.id) ? value.id : slug(name ?? '');
  if (id !== value.id) sourceLog.note('id', 'missing or not a URL-safe id; made from the name');
  const url = readHttpUrl(value.url, 'url', sourceLog);
  return { id, name: name ?? id, ...(url === undefined ? {} : { url }) };
}

/** "The Daily Times" -> "the-daily-times"; text with nothing usable -> "unknown". */
function slug(text: string): string {
  const id = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return id === '' ? 'unknown' : id;
}
