import * as v from 'valibot';
import { describeIssues } from './describe-issues';
import { NewsError } from './errors';
import type { Repair, RepairResult } from './repair/repair-log';

/** Parses external data or throws a NewsError naming what and which field: "article 'x': publishedAt ..." */
export function parseOrThrow<S extends v.GenericSchema>(schema: S, data: unknown, label: string): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  throw new NewsError('invalid-data', `${label}: ${describeIssues(result.issues)}`);
}

export interface DroppedItem {
  label: string;
  reason: string;
}

export interface ParsedList<T> {
  items: T[];
  dropped: DroppedItem[];
}

/** Keeps the good items of a list and reports the bad ones, so one broken story never blanks a feed. */
export function parseEach<S extends v.GenericSchema>(
  schema: S,
  items: readonly unknown[],
  labelOf: (item: unknown, index: number) => string,
): ParsedList<v.InferOutput<S>> {
  const parsed: v.InferOutput<S>[] = [];
  const dropped: DroppedItem[] = [];
  items.forEach((item, index) => {
    const result = v.safeParse(schema, item);
    if (result.success) parsed.push(result.output);
    else dropped.push({ label: labelOf(item, index), reason: describeIssues(result.issues) });
  });
  return { items: parsed, dropped };
}

export interface RepairedItem {
  label: string;
  repairs: Repair[];
}

export interface RepairedList<T> extends ParsedList<T> {
  repaired: RepairedItem[];
}

/**
 * Keeps every item the repairer can make valid, with what it changed, and reports the ones it
 * refused: a story is lost only when nothing readable is left of it.
 */
export function repairEach<T>(
  repair: (item: unknown) => RepairResult<T>,
  items: readonly unknown[],
  labelOf: (item: unknown, index: number) => string,
): RepairedList<T> {
  const list: RepairedList<T> = { items: [], dropped: [], repaired: [] };
  items.forEach((item, index) => {
    const result = repair(item);
    if (result.refusal !== undefined) list.dropped.push({ label: labelOf(item, index), reason: result.refusal });
    else {
      list.items.push(result.article);
      if (result.repairs.length > 0) list.repaired.push({ label: labelOf(item, index), repairs: result.repairs });
    }
  });
  return list;
}

/** "article 'kihara-visit'" when the item has a usable id, "article #3" otherwise. */
export function itemLabel(kind: string) {
  return (item: unknown, index: number): string => {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    return typeof id === 'string' && id.length > 0 && id.length < 80 ? `${kind} '${id}'` : `${kind} #${index + 1}`;
  };
}
