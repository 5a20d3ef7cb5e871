import * as v from 'valibot';
import { IdSchema } from '../schema/primitives';
import type { ArticleEntity, Mention, SummaryEntity } from '../schema/article';
import type { EntityType } from '../schema/entity';
import type { Body } from './repair-body';
import { isRecord, kindOf, type RepairLog } from './repair-log';
import { readNumber, readText } from './repair-text';

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];
/** Names other extractors use (spaCy, CoNLL, British spelling) for Lede's types. */
const TYPE_ALIASES: Record<string, EntityType> = {
  per: 'person',
  people: 'person',
  org: 'organization',
  organisation: 'organization',
  company: 'organization',
  loc: 'place',
  location: 'place',
  gpe: 'place',
  city: 'place',
  country: 'place',
};

/**
 * An unknown type becomes 'other' rather than costing the entity: the name and its mentions are
 * still right, and 'other' is the type the reader already shows for things it cannot place.
 */
export function readType(value: unknown, log: RepairLog): EntityType {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const known = TYPES.find((type) => type === text) ?? TYPE_ALIASES[text];
  if (known && known === value) return known;
  log.note('type', known ? `'${known}' spelled another way; read as ${known}` : `${kindOf(value)} type; read as other`);
  return known ?? 'other';
}

/** What every entity has, in a story or on its own: id, name, type and perhaps a role. */
export interface EntityHead {
  id: string;
  name: string;
  type: EntityType;
  role?: string;
}

/** An entity's head, or why it is refused (the field is '' when the entity is not even an object). */
export function readEntityHead(value: unknown, log: RepairLog): EntityHead | { refusal: string; field: string } {
  if (!isRecord(value)) return { refusal: `${kindOf(value)}, not an entity`, field: '' };
  if (!v.is(IdSchema, value.id)) return { refusal: 'no usable id (a-z, 0-9, -)', field: 'id' };
  const name = readText(value.name, 'name', log, true);
  if (name === undefined) return { refusal: 'no name', field: 'name' };
  const role = readText(value.role, 'role', log);
  return {
    id: value.id,
    name,
    type: readType(value.type, log),
    ...(role === undefined ? {} : { role }),
  };
}

/** The fields every entity in a story has, or undefined (noted) when it has no usable id or name. */
function readEntityBase(value: unknown, log: RepairLog): (EntityHead & { salience: number }) | undefined {
  const head = readEntityHead(value, log);
  if ('refusal' in head) {
    if (head.field === 'name') log.note('name', 'entity left out');
    else log.note('id', 'missing or not a URL-safe id; entity left out');
    return undefined;
  }
  return {
    ...head,
    salience: readNumber((value as Record<string, unknown>).salience, 'salience', log, { min: 0, max: 1, fallback: 0 }),
  };
}

/** A bad entity costs only itself; a second entity with the same id is left out (one card per entity). */
function readEntities<T extends { id: string }>(
  value: unknown,
  log: RepairLog,
  readOne: (item: unknown, log: RepairLog) => T | undefined,
): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    log.note('entities', `${kindOf(value)}, not a list; left out`);
    return [];
  }
  const seen = new Set<string>();
  const entities: T[] = [];
  value.forEach((item, index) => {
    const entity = readOne(item, log.at(`entities.${index}`));
    if (!entity) return;
    if (seen.has(entity.id)) {
      log.note(`entities.${index}`, `a second entity '${entity.id}'; left out`);
      return;
    }
    seen.add(entity.id);
    entities.push(entity);
  });
  return entities;
}

/** A mention outside the text loses only its highlight; the entity keeps its others. */
function readMentions(value: unknown, body: Body, log: RepairLog): Mention[] {
  if (!Array.isArray(value)) {
    if (value !== undefined) log.note('mentions', `${kindOf(value)}, not a list; left out`);
    return [];
  }
  const mentions: Mention[] = [];
  const sent: unknown[] = value;
  sent.forEach((item, index) => {
    const range = isRecord(item) ? [item.paragraph, item.start, item.end] : [];
    const [paragraph, start, end] = range.every((n) => Number.isInteger(n) && (n as number) >= 0)
      ? (range as number[])
      : [];
    const text = paragraph === undefined ? undefined : body.textAt(paragraph);
    const at = paragraph === undefined ? undefined : body.index(paragraph);
    if (
      text === undefined ||
      at === undefined ||
      start === undefined ||
      end === undefined ||
      end <= start ||
      end > text.length
    ) {
      log.note(`mentions.${index}`, 'not a range inside the text; highlight left out');
      return;
    }
    mentions.push({ paragraph: at, start, end });
  });
  return mentions;
}

export function readArticleEntities(value: unknown, body: Body, log: RepairLog): ArticleEntity[] {
  return readEntities(value, log, (item, itemLog) => {
    const base = readEntityBase(item, itemLog);
    if (!base || !isRecord(item)) return undefined;
    return { ...base, mentions: readMentions(item.mentions, body, itemLog) };
  });
}

export function readSummaryEntities(value: unknown, log: RepairLog): SummaryEntity[] {
  return readEntities(value, log, (item, itemLog) => {
    const base = readEntityBase(item, itemLog);
    if (!base || !isRecord(item)) return undefined;
    const count = readNumber(item.mentionCount, 'mentionCount', itemLog, {
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
      fallback: 0,
    });
    return { ...base, mentionCount: Math.floor(count) };
  });
}
