import * as v from 'valibot';
import { NewsError } from '../errors';
import type { EntityType } from '../schema/entity';
import { EntityTypeSchema, IdSchema } from '../schema/primitives';
import {
  MAX_ENTITY_FILTERS,
  MAX_ENTITY_LIMIT,
  MAX_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  type ArticleQuery,
  type EntityQuery,
} from '../source';

export const ARTICLE_PARAMS = ['q', 'entity', 'source', 'topic', 'cursor', 'limit'] as const;
export const ENTITY_PARAMS = ['q', 'type', 'entity', 'source', 'topic', 'limit'] as const;

/** The cursor is checked later by the engine, which alone knows its format. */
export function parseArticleQuery(params: URLSearchParams): ArticleQuery {
  rejectUnknown(params, ARTICLE_PARAMS);
  return {
    q: text(params, 'q'),
    entities: ids(params, 'entity'),
    source: id(params, 'source'),
    topic: single(params, 'topic'),
    cursor: single(params, 'cursor'),
    limit: limit(params, MAX_PAGE_SIZE),
  };
}

export function parseEntityQuery(params: URLSearchParams): EntityQuery {
  rejectUnknown(params, ENTITY_PARAMS);
  return {
    q: text(params, 'q'),
    type: entityType(params),
    entities: ids(params, 'entity'),
    source: id(params, 'source'),
    topic: single(params, 'topic'),
    limit: limit(params, MAX_ENTITY_LIMIT),
  };
}

/** A misspelt filter ("entities=") would otherwise match everything and look like a search bug. */
function rejectUnknown(params: URLSearchParams, known: readonly string[]): void {
  for (const name of params.keys()) {
    if (!known.includes(name)) {
      throw badRequest(`unknown parameter '${clip(name)}'; this route takes ${known.join(', ')}`);
    }
  }
}

/** An empty value means "not given", so HTML forms and hand-typed URLs behave. */
function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name).filter((value) => value !== '');
  if (values.length > 1) throw badRequest(`${name} may be given only once; repeat only entity`);
  return values[0];
}

function text(params: URLSearchParams, name: string): string | undefined {
  const value = single(params, name);
  if (value !== undefined && value.length > MAX_QUERY_LENGTH) {
    throw badRequest(`${name} may be at most ${MAX_QUERY_LENGTH} characters; got ${value.length}`);
  }
  return value;
}

function entityType(params: URLSearchParams): EntityType | undefined {
  const value = single(params, 'type');
  if (value === undefined || v.is(EntityTypeSchema, value)) return value;
  throw badRequest(`type must be one of ${EntityTypeSchema.options.join(', ')}; got '${clip(value)}'`);
}

function id(params: URLSearchParams, name: string): string | undefined {
  const value = single(params, name);
  if (value !== undefined) assertId(name, value);
  return value;
}

function ids(params: URLSearchParams, name: string): string[] | undefined {
  const values = params.getAll(name).filter((value) => value !== '');
  if (values.length > MAX_ENTITY_FILTERS) {
    throw badRequest(`${name} may be repeated at most ${MAX_ENTITY_FILTERS} times; got ${values.length}`);
  }
  values.forEach((value) => assertId(name, value));
  return values.length > 0 ? values : undefined;
}

function assertId(name: string, value: string): void {
  if (!v.is(IdSchema, value)) throw badRequest(`${name} '${clip(value)}' is not an id (a-z, 0-9 and -)`);
}

/** The engine would clamp silently; a caller asking for 500 should learn the ceiling instead. */
function limit(params: URLSearchParams, max: number): number | undefined {
  const value = single(params, 'limit');
  if (value === undefined) return undefined;
  const number = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (!(number >= 1 && number <= max)) {
    throw badRequest(`limit must be a whole number from 1 to ${max}; got '${clip(value)}'`);
  }
  return number;
}

function badRequest(message: string): NewsError {
  return new NewsError('bad-request', message, { status: 400 });
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
