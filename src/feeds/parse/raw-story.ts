import * as v from 'valibot';
import { HttpUrlSchema, IdSchema, NonEmptyTextSchema, TimestampSchema } from '../../news/schema/primitives';
import { StoryBlockSchema } from '../structure/blocks';

export const DATE_FLAGS = ['missing', 'unparseable', 'future', 'too-old'] as const;

/**
 * One story as a feed (and perhaps its page) gave it, in plain text and structure: the boundary
 * between the web and Lede's own pipeline. Nothing in it is HTML.
 */
export const RawStorySchema = v.object({
  /** Stable across fetches: from the GUID, else the canonical link (see storyId). */
  id: IdSchema,
  guid: v.optional(v.string()),
  url: v.optional(HttpUrlSchema),
  title: NonEmptyTextSchema,
  author: v.optional(NonEmptyTextSchema),
  publishedAt: TimestampSchema,
  /** Set when the feed's date was not used; publishedAt is then the time the story was first seen. */
  dateFlag: v.optional(v.picklist(DATE_FLAGS)),
  summary: v.string(),
  blocks: v.array(StoryBlockSchema),
  /** Where the blocks came from: the feed's full content, only its summary, or the story's page. */
  textFrom: v.picklist(['feed-content', 'feed-summary', 'page']),
  image: v.optional(v.object({ url: HttpUrlSchema, alt: v.string(), credit: v.optional(NonEmptyTextSchema) })),
  topics: v.array(NonEmptyTextSchema),
});

export type RawStory = v.InferOutput<typeof RawStorySchema>;
export type DateFlag = (typeof DATE_FLAGS)[number];
