import * as v from 'valibot';
import { ArticleSummarySchema } from './article';
import { EntitySchema } from './entity';
import { IdSchema } from './primitives';

/** One story in the search index: its feed card, every entity it mentions, its folded words. */
export const SearchRecordSchema = v.object({
  summary: ArticleSummarySchema,
  entityIds: v.array(IdSchema, 'must be a list of entity ids'),
  words: v.string('must be a string'),
});

/** What an entity ranking needs of an entity record. */
export const EntityIndexEntrySchema = v.pick(EntitySchema, ['id', 'name', 'type', 'role', 'aliases', 'articleCount']);

const CountSchema = v.pipe(
  v.number('must be a number'),
  v.integer('must be an integer'),
  v.minValue(0, 'must be >= 0'),
);

/** The files' outer shape; their items are checked one by one, so one bad item is dropped, not the file. */
export const FirstPageFileSchema = v.object({
  total: CountSchema,
  stories: v.array(v.unknown(), 'must be a list'),
  entities: v.array(v.unknown(), 'must be a list'),
});
export const SearchIndexFileSchema = v.object({
  stories: v.array(v.unknown(), 'must be a list'),
  entities: v.array(v.unknown(), 'must be a list'),
});

export type SearchRecord = v.InferOutput<typeof SearchRecordSchema>;
export type EntityIndexEntry = v.InferOutput<typeof EntityIndexEntrySchema>;
