import * as v from 'valibot';
import { describeIssues, issuePath } from '../describe-issues';
import { repairArticle } from '../repair/repair-article';
import { RepairLog, type Repair } from '../repair/repair-log';
import { ArticleSchema, type Article } from '../schema/article';
import { IdSchema } from '../schema/primitives';
import { capFields, sizeRefusal, STORY_LIMITS, type StoryRefusal } from './story-caps';
import { storableStrings } from './text-checks';

export { STORY_LIMITS };
export type { Repair, StoryRefusal };

/** A value the store keeps, with every field it changed to keep it; or why it keeps nothing. */
export type Checked<T> =
  { ok: true; value: T; repairs: Repair[] } | ({ ok: false; id: string | null; repairs: Repair[] } & StoryRefusal);

/**
 * A story as the store keeps it, by the reader's rules (src/news/repair): a bad field costs only
 * itself, and a story is refused only when nothing readable is left (no id, or no title and no
 * text). Then the store's own: every string made storable, small fields capped, and a story too
 * big to be news refused. The result has passed the strict ArticleSchema.
 */
export function checkStory(input: unknown): Checked<Article> {
  const id = idOf(input);
  const log = new RepairLog();
  const repaired = repairArticle(storableStrings(input, log));
  const repairs = [...log.repairs, ...repaired.repairs];
  if (repaired.refusal !== undefined)
    return { ok: false, id, repairs, field: repaired.field, reason: repaired.refusal };
  const tooBig = sizeRefusal(repaired.article);
  if (tooBig) return { ok: false, id, repairs, ...tooBig };
  const capLog = new RepairLog(repairs);
  const parsed = v.safeParse(ArticleSchema, capFields(repaired.article, capLog));
  if (!parsed.success) return { ok: false, id, repairs, ...issueRefusal(parsed.issues) };
  return { ok: true, value: parsed.output, repairs };
}

/** The field of the first issue, and what is wrong with it. */
export function issueRefusal(issues: readonly v.BaseIssue<unknown>[]): StoryRefusal {
  const field = issuePath(issues);
  const described = describeIssues(issues);
  return { field, reason: field && described.startsWith(`${field} `) ? described.slice(field.length + 1) : described };
}

export function idOf(input: unknown): string | null {
  const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined;
  return typeof id === 'string' && v.is(IdSchema, id) ? id : null;
}

export interface CheckedBatch<T> {
  /** By id, the last version given winning: a batch naming a story twice writes it once. */
  accepted: Map<string, T>;
  /** What was changed to keep each accepted item (only those with changes). */
  repaired: { id: string; repairs: Repair[] }[];
  refused: ({ id: string | null } & StoryRefusal)[];
}

export function checkBatch<T extends { id: string }>(
  inputs: readonly unknown[],
  check: (input: unknown) => Checked<T>,
): CheckedBatch<T> {
  const accepted = new Map<string, T>();
  const repairs = new Map<string, Repair[]>();
  const refused: CheckedBatch<T>['refused'] = [];
  for (const input of inputs) {
    const result = check(input);
    if (result.ok) {
      const { id } = result.value;
      accepted.delete(id);
      accepted.set(id, result.value);
      repairs.delete(id);
      if (result.repairs.length > 0) repairs.set(id, result.repairs);
    } else refused.push({ id: result.id, field: result.field, reason: result.reason });
  }
  return { accepted, repaired: [...repairs].map(([id, list]) => ({ id, repairs: list })), refused };
}
