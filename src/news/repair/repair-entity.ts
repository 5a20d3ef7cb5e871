import {
  EntitySchema,
  EntitySummarySchema,
  type Entity,
  type EntitySummary,
  type RelatedEntity,
} from '../schema/entity';
import { strict } from './repair-article';
import { readEntityHead } from './repair-entities';
import { isRecord, kindOf, RepairLog, type RepairResult } from './repair-log';
import { readNumber, readText, readTextList, readTimestamp } from './repair-text';

/**
 * An entity as a backend sent it, read field by field like a story: an unknown type is 'other', a
 * bad role, description or alias is left out, a count that is not one is 0, a date is read
 * leniently or unknown. Refused only when nothing readable is left: no id, or no name.
 */
export function repairEntitySummary(input: unknown): RepairResult<EntitySummary> {
  const log = new RepairLog();
  const head = readEntityHead(input, log);
  if ('refusal' in head) return { article: null, repairs: log.repairs, ...head };
  const record = input as Record<string, unknown>;
  const counts = {
    count: readCount(record.count, 'count', log),
    articleCount: readCount(record.articleCount, 'articleCount', log),
  };
  return strict(EntitySummarySchema, { ...head, ...counts }, log);
}

/** An entity's page: its record, its dates and who it appears with (a bad one costs only itself). */
export function repairEntity(input: unknown): RepairResult<Entity> {
  const log = new RepairLog();
  const head = readEntityHead(input, log);
  if ('refusal' in head) return { article: null, repairs: log.repairs, ...head };
  const record = input as Record<string, unknown>;
  const description = readText(record.description, 'description', log);
  const candidate = {
    ...head,
    articleCount: readCount(record.articleCount, 'articleCount', log),
    aliases: record.aliases === undefined ? [] : readTextList(record.aliases, 'aliases', log),
    ...(description === undefined ? {} : { description }),
    firstSeen: readTimestamp(record.firstSeen, 'firstSeen', log),
    lastSeen: readTimestamp(record.lastSeen, 'lastSeen', log),
    related: readRelated(record.related, log),
  };
  return strict(EntitySchema, candidate, log);
}

function readCount(value: unknown, field: string, log: RepairLog): number {
  const number = readNumber(value, field, log, { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 });
  if (!Number.isInteger(number)) log.note(field, 'not a whole number; rounded down');
  return Math.floor(number);
}

function readRelated(value: unknown, log: RepairLog): RelatedEntity[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    log.note('related', `${kindOf(value)}, not a list; left out`);
    return [];
  }
  const sent: unknown[] = value;
  return sent.flatMap((item, index) => {
    const itemLog = log.at(`related.${index}`);
    const head = readEntityHead(item, itemLog);
    if ('refusal' in head) {
      log.note(`related.${index}`, `${head.refusal}; left out`);
      return [];
    }
    const count = readCount(isRecord(item) ? item.count : undefined, 'count', itemLog);
    return [{ id: head.id, name: head.name, type: head.type, count }];
  });
}
