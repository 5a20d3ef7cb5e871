import * as v from 'valibot';
import { RepairLog } from '../repair/repair-log';
import { excerpt } from '../repair/repair-text';
import { IdSchema, NonEmptyTextSchema } from '../schema/primitives';
import { STORY_LIMITS } from './story-caps';
import { idOf, type Checked } from './story-validation';
import { storableStrings } from './text-checks';

/** What people curate about an entity; everything else in its record is derived from the stories. */
export const CuratedEntitySchema = v.object({
  id: IdSchema,
  aliases: v.array(NonEmptyTextSchema),
  description: v.optional(NonEmptyTextSchema),
});

export type CuratedEntity = v.InferOutput<typeof CuratedEntitySchema>;

const L = STORY_LIMITS;

/**
 * A curated record or a whole entity record (entities.json); only the curated fields are kept,
 * by the stories' rules: a bad alias costs only itself, a long description is cut. A record is
 * replaced whole, so one whose aliases are not a list is refused rather than clearing them.
 */
export function checkEntityRecord(input: unknown): Checked<CuratedEntity> {
  const id = idOf(input);
  const log = new RepairLog();
  const record = storableStrings(input, log) as { aliases?: unknown; description?: unknown } | null;
  if (id === null) return { ok: false, id, repairs: log.repairs, field: 'id', reason: 'no usable id (a-z, 0-9, -)' };
  const sent = record?.aliases ?? [];
  if (!Array.isArray(sent)) {
    return { ok: false, id, repairs: log.repairs, field: 'aliases', reason: 'must be a list of names' };
  }
  const list: unknown[] = sent;
  const aliases = list.flatMap((alias, index) => readAlias(alias, `aliases.${index}`, log));
  if (aliases.length > L.aliases) log.note('aliases', `more than ${L.aliases} names; the first ${L.aliases} kept`);
  const description = readDescription(record?.description, log);
  return {
    ok: true,
    value: { id, aliases: aliases.slice(0, L.aliases), ...(description === undefined ? {} : { description }) },
    repairs: log.repairs,
  };
}

function readAlias(alias: unknown, field: string, log: RepairLog): string[] {
  if (typeof alias !== 'string' || alias.trim() === '') {
    log.note(field, 'not a name; left out');
    return [];
  }
  if (alias.length > L.shortText) {
    log.note(field, `longer than ${L.shortText} characters; left out`);
    return [];
  }
  return [alias.trim()];
}

function readDescription(value: unknown, log: RepairLog): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    log.note('description', 'not text; left out');
    return undefined;
  }
  const text = value.trim();
  if (text.length <= L.description) return text;
  log.note('description', `longer than ${L.description.toLocaleString('en')} characters; cut`);
  return excerpt(text, L.description - 1);
}
