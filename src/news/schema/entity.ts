import * as v from 'valibot';
import { RepairSchema } from './article';
import { EntityTypeSchema, IdSchema, NonEmptyTextSchema, PublishedAtSchema } from './primitives';

const CountSchema = v.pipe(
  v.number('must be a number'),
  v.integer('must be an integer'),
  v.minValue(0, 'must be >= 0'),
);

export const RelatedEntitySchema = v.object({
  id: IdSchema,
  name: NonEmptyTextSchema,
  type: EntityTypeSchema,
  count: CountSchema,
});

export const EntitySchema = v.object({
  id: IdSchema,
  name: NonEmptyTextSchema,
  type: EntityTypeSchema,
  aliases: v.array(NonEmptyTextSchema, 'must be a list of names'),
  description: v.optional(NonEmptyTextSchema),
  role: v.optional(NonEmptyTextSchema),
  articleCount: CountSchema,
  /** Null while every story naming it is undated. */
  firstSeen: PublishedAtSchema,
  lastSeen: PublishedAtSchema,
  related: v.array(RelatedEntitySchema, 'must be a list of entities'),
  /** Set by the reader when it repaired the record to show it, as on a story (src/news/repair). */
  repairs: v.optional(v.array(RepairSchema)),
});

/** One row of an entity ranking: `count` is the number of matching stories, `articleCount` all stories. */
export const EntitySummarySchema = v.object({
  id: IdSchema,
  name: NonEmptyTextSchema,
  type: EntityTypeSchema,
  role: v.optional(NonEmptyTextSchema),
  count: CountSchema,
  articleCount: CountSchema,
});

export type RelatedEntity = v.InferOutput<typeof RelatedEntitySchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type EntitySummary = v.InferOutput<typeof EntitySummarySchema>;
export type EntityType = Entity['type'];
