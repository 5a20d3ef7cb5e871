import * as v from 'valibot';
import { CURRENT_VERSION, DEFAULT_SETTINGS } from './defaults';
import { StoredState, type ReadingState, type StoredStateV1 } from './schema';

export type ParseResult = { ok: true; state: ReadingState } | { ok: false; problem: string };

/**
 * Reads stored or imported text as the current state, migrating older versions. Anything else is
 * refused with the reason in plain words, so the caller can keep what it has and say why.
 */
export function parseStoredText(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'it is not JSON' };
  }
  return parseStoredData(data);
}

export function parseStoredData(data: unknown): ParseResult {
  const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > CURRENT_VERSION) {
    return { ok: false, problem: `it was written by a newer Lede (version ${version})` };
  }
  const parsed = v.safeParse(StoredState, data);
  if (!parsed.success) return { ok: false, problem: describeProblem(parsed.issues) };
  return { ok: true, state: parsed.output.version === 1 ? migrateV1(parsed.output) : parsed.output };
}

export function migrateV1(old: StoredStateV1): ReadingState {
  return {
    version: 2,
    read: old.read,
    saved: old.saved,
    following: [],
    settings: { ...DEFAULT_SETTINGS, theme: old.theme ?? DEFAULT_SETTINGS.theme },
  };
}

const TYPE_WORDS: Record<string, string> = { Array: 'a list', Object: 'an object', string: 'text' };

/** The first problem in words a reader can check against the file: `"saved" should be Array, not "b"`. */
function describeProblem(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  const path = first?.path?.map((item) => String(item.key)).join('.');
  if (!first || !path) return 'it is not a Lede reading state';
  if (path === 'version') return 'it has no version number Lede knows';
  const more = issues.length > 1 ? `, and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''}` : '';
  const expected = first.expected ? (TYPE_WORDS[first.expected] ?? first.expected) : 'different';
  const what = first.received === 'undefined' ? 'is missing' : `should be ${expected}, not ${first.received}`;
  return `"${path}" ${what}${more}`;
}
