import * as v from 'valibot';
import { HttpUrlSchema, IdSchema, NonEmptyTextSchema, TimestampSchema } from './primitives';

/** How often a source may be polled: at most every 5 minutes, at least once a week. */
export const MIN_INTERVAL_MINUTES = 5;
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;
export const DEFAULT_INTERVAL_MINUTES = 30;

/** Route words under /api/sources/, so never a source's id. */
export const RESERVED_SOURCE_IDS: ReadonlySet<string> = new Set(['import', 'export']);

const CountSchema = v.pipe(
  v.number('must be a number'),
  v.integer('must be an integer'),
  v.minValue(0, 'must be >= 0'),
);

export const IntervalMinutesSchema = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number of minutes'),
  v.minValue(MIN_INTERVAL_MINUTES, `must be at least ${MIN_INTERVAL_MINUTES} minutes`),
  v.maxValue(MAX_INTERVAL_MINUTES, `must be at most ${MAX_INTERVAL_MINUTES} minutes (a week)`),
);

/**
 * `feed`: use the feed's own text, fetching a story's page only when the feed carries a summary
 * alone; `page`: always fetch each story's page and extract the article from it.
 */
export const FullTextModeSchema = v.picklist(['feed', 'page'], 'must be feed or page');

/**
 * `bundled`: stories that ship with Lede, never fetched (no feed URL). `failing`: the last fetch
 * failed and the source is backing off. `paused`: an admin stopped its fetches.
 */
export const SourceStatusSchema = v.picklist(
  ['active', 'failing', 'paused', 'bundled'],
  'must be one of active, failing, paused, bundled',
);

/** What the last fetches did, kept in words a person can act on ("the server answered 404"). */
export const SourceHealthSchema = v.object({
  lastFetchAt: v.nullable(TimestampSchema),
  lastSuccessAt: v.nullable(TimestampSchema),
  lastError: v.nullable(NonEmptyTextSchema),
  itemsSeen: CountSchema,
  nextFetchAt: v.nullable(TimestampSchema),
});

/** A source as the API lists it: public, so it never carries secrets (no tokens, no validators). */
export const SourceRecordSchema = v.object({
  id: IdSchema,
  name: NonEmptyTextSchema,
  /** The feed's address; null for a bundled source, which has no feed. */
  url: v.nullable(HttpUrlSchema),
  siteUrl: v.optional(HttpUrlSchema),
  intervalMinutes: IntervalMinutesSchema,
  fullText: FullTextModeSchema,
  status: SourceStatusSchema,
  health: SourceHealthSchema,
});

/**
 * Checked loosely, as the other lists: one bad source is dropped and reported, not the whole list.
 * `writable`: the server takes changes (it has an admin token configured); absent from servers
 * that predate the flag, which leave the reader to ask and the server to answer.
 */
export const SourceListEnvelopeSchema = v.object({
  items: v.array(v.unknown(), 'must be a list'),
  writable: v.optional(v.boolean('must be true or false')),
});

const NameSchema = v.pipe(NonEmptyTextSchema, v.maxLength(200, 'must be at most 200 characters'));

/** POST /api/sources: a feed URL, or a site whose page names its feed. */
export const NewSourceSchema = v.strictObject(
  {
    url: v.pipe(HttpUrlSchema, v.maxLength(2048, 'must be at most 2048 characters')),
    name: v.optional(NameSchema),
    intervalMinutes: v.optional(IntervalMinutesSchema),
    fullText: v.optional(FullTextModeSchema),
  },
  'must be an object with url, and optionally name, intervalMinutes and fullText',
);

/** PATCH /api/sources/{id}: any of these; `paused` stops or resumes its fetches. */
export const SourcePatchSchema = v.pipe(
  v.strictObject(
    {
      name: v.optional(NameSchema),
      intervalMinutes: v.optional(IntervalMinutesSchema),
      fullText: v.optional(FullTextModeSchema),
      paused: v.optional(v.boolean('must be true or false')),
    },
    'may only carry name, intervalMinutes, fullText and paused',
  ),
  v.check(
    (patch) => Object.keys(patch).length > 0,
    'must change at least one of name, intervalMinutes, fullText, paused',
  ),
);

/** The answer to POST /api/sources/import: what was added and what was refused, outline by outline. */
export const ImportReportSchema = v.object({
  added: v.array(SourceRecordSchema),
  skipped: v.array(v.object({ url: v.string(), reason: NonEmptyTextSchema })),
});

/** The answer to POST /api/sources/{id}/refresh: one fetch of one source. */
export const RefreshReportSchema = v.object({
  source: SourceRecordSchema,
  notModified: v.boolean(),
  found: CountSchema,
  written: CountSchema,
  /** Stories kept with fields repaired; absent from servers before repairs were counted. */
  repaired: v.optional(CountSchema, 0),
  refused: CountSchema,
});

export type FullTextMode = v.InferOutput<typeof FullTextModeSchema>;
export type SourceStatus = v.InferOutput<typeof SourceStatusSchema>;
export type SourceHealth = v.InferOutput<typeof SourceHealthSchema>;
export type SourceRecord = v.InferOutput<typeof SourceRecordSchema>;
export type SourceListEnvelope = v.InferOutput<typeof SourceListEnvelopeSchema>;
export type NewSource = v.InferOutput<typeof NewSourceSchema>;
export type SourcePatch = v.InferOutput<typeof SourcePatchSchema>;
export type ImportReport = v.InferOutput<typeof ImportReportSchema>;
export type RefreshReport = v.InferOutput<typeof RefreshReportSchema>;
