import type { EntityType } from '../extract/types';

/** The four CoNLL classes, in the order tags are numbered; MISC is Lede's 'other'. */
export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityClass = (typeof CLASSES)[number];

export const TYPE_OF_CLASS: Readonly<Record<EntityClass, EntityType>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: 'other',
};

/**
 * BILOU tags: O, then Begin, Inside, Last and Unit for each class. Tag 0 is O; the tag of
 * position p in class c is 1 + 4c + p, so a decoder can tell spans apart without strings.
 */
export const TAGS: readonly string[] = ['O', ...CLASSES.flatMap((c) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${c}`))];

export const Part = { Begin: 0, Inside: 1, Last: 2, Unit: 3 } as const;
export type Part = (typeof Part)[keyof typeof Part];

export function tagOf(cls: number, part: Part): number {
  return 1 + cls * 4 + part;
}

export function partOf(tag: number): Part | null {
  return tag === 0 ? null : (((tag - 1) % 4) as Part);
}

export function classOf(tag: number): number {
  return Math.floor((tag - 1) / 4);
}

/** Whether tag `to` may follow tag `from` (-1: start of the line) under BILOU. */
export function allowed(from: number, to: number): boolean {
  const fromPart = from < 0 ? null : partOf(from);
  const toPart = partOf(to);
  const open = fromPart === Part.Begin || fromPart === Part.Inside;
  if (!open) return toPart === null || toPart === Part.Begin || toPart === Part.Unit;
  return (toPart === Part.Inside || toPart === Part.Last) && classOf(to) === classOf(from);
}

/** Whether a line may end on this tag. */
export function canEnd(tag: number): boolean {
  const part = partOf(tag);
  return part === null || part === Part.Last || part === Part.Unit;
}

/** A tagged name: tokens [from, to] inclusive, of class `cls`. */
export interface TagSpan {
  from: number;
  to: number;
  cls: number;
}

export function spansOf(tags: readonly number[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open = -1;
  tags.forEach((tag, i) => {
    const part = partOf(tag);
    if (part === Part.Unit) spans.push({ from: i, to: i, cls: classOf(tag) });
    else if (part === Part.Begin) open = i;
    else if (part === Part.Last && open >= 0) {
      spans.push({ from: open, to: i, cls: classOf(tag) });
      open = -1;
    }
  });
  return spans;
}

export function tagsOf(length: number, spans: readonly TagSpan[]): number[] {
  const tags = new Array<number>(length).fill(0);
  for (const { from, to, cls } of spans) {
    if (from === to) tags[from] = tagOf(cls, Part.Unit);
    else {
      tags[from] = tagOf(cls, Part.Begin);
      for (let i = from + 1; i < to; i += 1) tags[i] = tagOf(cls, Part.Inside);
      tags[to] = tagOf(cls, Part.Last);
    }
  }
  return tags;
}
