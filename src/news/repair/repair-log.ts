import type * as v from 'valibot';
import type { RepairSchema } from '../schema/article';

/** One field Lede changed or left out to keep a story: `entities.2.type`, "a string type; read as other". */
export type Repair = v.InferOutput<typeof RepairSchema>;

/** A story that could be kept (with what was changed), or refused with the reason. */
export type RepairResult<T> =
  | { article: T; repairs: Repair[]; refusal?: undefined }
  | {
      article: null;
      repairs: Repair[];
      refusal: string;
      /** What made it unreadable ('' for the story itself). */ field: string;
    };

/** Collects repairs as the fields are read; `at` names a nested field ("entities.2"). */
export class RepairLog {
  // Children share one list, so the report keeps the order the fields were read in.
  constructor(
    readonly repairs: Repair[] = [],
    private readonly prefix = '',
  ) {}

  note(field: string, reason: string): void {
    this.repairs.push({ field: `${this.prefix}${field}`, reason });
  }

  at(field: string): RepairLog {
    return new RepairLog(this.repairs, `${this.prefix}${field}.`);
  }
}

/** What a value was, for a reason, without echoing text from the backend. */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.trim() === '' ? 'empty' : 'a string';
  return `a ${typeof value}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
