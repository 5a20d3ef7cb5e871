import * as v from 'valibot';
import { isHttpUrl } from '../http-url';

/** Ids travel in URLs and query strings, so they are kept to a safe alphabet. */
export const IdSchema = v.pipe(
  v.string('must be a string'),
  v.regex(/^[a-z0-9][a-z0-9-]{0,127}$/, 'must be a URL-safe id (a-z, 0-9, -)'),
);

const OFFSET_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** ISO 8601 with an explicit offset: a time without one is ambiguous for a reader in another zone. */
export const TimestampSchema = v.pipe(
  v.string('must be a string'),
  v.regex(OFFSET_TIMESTAMP, 'is not an ISO 8601 date with an offset'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'is not a real date'),
);

/**
 * When a story was published; null means "date unknown": its source gave no date Lede could read
 * (see src/news/repair/lenient-date.ts for what it can), and the reader says so instead of guessing.
 */
export const PublishedAtSchema = v.nullable(TimestampSchema);

/** Only http(s) links are ever followed or loaded; javascript:, data: and friends are refused here. */
export const HttpUrlSchema = v.pipe(v.string('must be a string'), v.check(isHttpUrl, 'must be an http or https URL'));

export { isHttpUrl };

/**
 * A path relative to the data it came with, optionally with a query (the Lede server's image proxy,
 * `/api/media?url=…&sig=…`). Never a scheme, and never `//host/…`, which is another host's address.
 */
const RELATIVE_IMAGE_PATH = /^(?!\/\/)(?:\/|\.{1,2}\/)?[\w./-]+(?:\?[\w.~%&=+-]*)?$/;

/** Image addresses are http(s), or relative to the data they came with; never another scheme. */
export const ImageUrlSchema = v.pipe(
  v.string('must be a string'),
  v.check((value) => isHttpUrl(value) || RELATIVE_IMAGE_PATH.test(value), 'must be an http(s) URL or a relative path'),
);

export const NonEmptyTextSchema = v.pipe(v.string('must be a string'), v.trim(), v.minLength(1, 'must not be empty'));

export const EntityTypeSchema = v.picklist(
  ['person', 'organization', 'place', 'other'],
  'must be one of person, organization, place, other',
);
