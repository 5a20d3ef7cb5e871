import * as v from 'valibot';
import { FullTextModeSchema, IntervalMinutesSchema, type NewSource } from '../news/schema/source-record';
import { UsageError } from './usage';

export type LedeCommand =
  | { name: 'list' }
  | { name: 'add'; source: NewSource }
  | { name: 'remove' | 'pause' | 'resume'; id: string }
  | { name: 'import'; file: string }
  | { name: 'export' }
  | { name: 'refresh'; id?: string };

/** `sources add URL --name X`, `refresh`, ...: the words after `npm run lede --`. */
export function parseLedeArgs(argv: readonly string[]): LedeCommand {
  const [group, verb, ...rest] = argv;
  if (group === 'refresh') {
    if (rest.length > 0 || (verb !== undefined && verb.startsWith('-')))
      throw new UsageError('refresh takes one id at most.');
    return verb === undefined ? { name: 'refresh' } : { name: 'refresh', id: verb };
  }
  if (group !== 'sources') throw new UsageError(group ? `There is no command '${group}'.` : 'Say what to do.');
  switch (verb) {
    case 'list':
    case 'export':
      if (rest.length > 0) throw new UsageError(`sources ${verb} takes no arguments.`);
      return { name: verb };
    case 'add':
      return { name: 'add', source: parseAdd(rest) };
    case 'remove':
    case 'pause':
    case 'resume':
      return { name: verb, id: single(rest, `sources ${verb} ID`) };
    case 'import':
      return { name: 'import', file: single(rest, 'sources import FILE') };
    default:
      throw new UsageError(verb ? `There is no command 'sources ${verb}'.` : 'sources needs a command.');
  }
}

function single(rest: readonly string[], form: string): string {
  const [value, ...extra] = rest;
  if (value === undefined || extra.length > 0) throw new UsageError(`Write it as: ${form}`);
  return value;
}

function parseAdd(rest: readonly string[]): NewSource {
  let url: string | undefined;
  const source: Omit<NewSource, 'url'> = {};
  for (let i = 0; i < rest.length; i += 1) {
    const word = rest[i] ?? '';
    const value = rest[i + 1];
    if (word === '--name' || word === '--interval' || word === '--full-text') {
      if (value === undefined) throw new UsageError(`${word} needs a value.`);
      i += 1;
      if (word === '--name') source.name = value;
      else if (word === '--interval') source.intervalMinutes = checked(IntervalMinutesSchema, Number(value), word);
      else source.fullText = checked(FullTextModeSchema, value, word);
    } else if (word.startsWith('-') || url !== undefined) {
      throw new UsageError(`sources add does not understand '${word}'.`);
    } else {
      url = word;
    }
  }
  if (url === undefined) throw new UsageError('sources add needs the URL of a feed or of a site.');
  return { url, ...source };
}

function checked<T>(schema: v.GenericSchema<unknown, T>, value: unknown, option: string): T {
  const result = v.safeParse(schema, value);
  if (!result.success) throw new UsageError(`${option} ${result.issues[0].message}.`);
  return result.output;
}
