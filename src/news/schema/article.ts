import * as v from 'valibot';
import {
  EntityTypeSchema,
  HttpUrlSchema,
  IdSchema,
  ImageUrlSchema,
  NonEmptyTextSchema,
  TimestampSchema,
} from './primitives';

const OffsetSchema = v.pipe(
  v.number('must be a number'),
  v.integer('must be an integer'),
  v.minValue(0, 'must be >= 0'),
);

/** A mention is a UTF-16 range, end exclusive, inside one body paragraph. */
export const MentionSchema = v.pipe(
  v.object({ paragraph: OffsetSchema, start: OffsetSchema, end: OffsetSchema }),
  v.check((m) => m.end > m.start, 'end must be greater than start'),
);

/** What a body paragraph is; the reader gives each its own semantics (h3, blockquote, li). */
export const PARAGRAPH_KINDS = ['paragraph', 'heading', 'quote', 'list-item'] as const;

// A kind this reader does not know yet reads as a paragraph, so a newer backend never breaks it.
export const ParagraphKindSchema = v.fallback(v.picklist(PARAGRAPH_KINDS), 'paragraph');

/** A link over a UTF-16 range of one paragraph, like a mention; only http(s) targets exist. */
export const LinkRangeSchema = v.pipe(
  v.object({ paragraph: OffsetSchema, start: OffsetSchema, end: OffsetSchema, href: HttpUrlSchema }),
  v.check((l) => l.end > l.start, 'end must be greater than start'),
);

const EntityFields = {
  id: IdSchema,
  name: NonEmptyTextSchema,
  type: EntityTypeSchema,
  role: v.optional(NonEmptyTextSchema),
  salience: v.pipe(v.number('must be a number'), v.minValue(0, 'must be >= 0'), v.maxValue(1, 'must be <= 1')),
};

export const ArticleEntitySchema = v.object({
  ...EntityFields,
  mentions: v.array(MentionSchema, 'must be a list of mentions'),
});

export const SummaryEntitySchema = v.object({ ...EntityFields, mentionCount: OffsetSchema });

export const SourceSchema = v.object({
  id: IdSchema,
  name: NonEmptyTextSchema,
  url: v.optional(HttpUrlSchema),
});

export const ImageSchema = v.object({
  url: ImageUrlSchema,
  alt: v.string('must be a string'),
  credit: v.optional(NonEmptyTextSchema),
});

const ArticleFields = {
  id: IdSchema,
  title: NonEmptyTextSchema,
  summary: v.string('must be a string'),
  source: SourceSchema,
  author: v.optional(NonEmptyTextSchema),
  publishedAt: TimestampSchema,
  url: v.optional(HttpUrlSchema),
  image: v.optional(ImageSchema),
  topics: v.array(NonEmptyTextSchema, 'must be a list of topics'),
  readingMinutes: v.pipe(v.number('must be a number'), v.minValue(0, 'must be >= 0')),
};

/** Mentions must slice back to real text: a range outside its paragraph is a broken article. */
export const ArticleSchema = v.pipe(
  v.object({
    ...ArticleFields,
    body: v.array(v.string('must be a string'), 'must be a list of paragraphs'),
    /** One kind per body paragraph; absent (older backends) means every paragraph is a paragraph. */
    paragraphKinds: v.optional(v.array(ParagraphKindSchema, 'must be a list of paragraph kinds')),
    links: v.optional(v.array(LinkRangeSchema, 'must be a list of links')),
    entities: v.array(ArticleEntitySchema, 'must be a list of entities'),
    /**
     * Set by the reader when it found the entities in the text itself, because the backend sent
     * none; the reader says so beside them. Backends need not send it.
     */
    entitiesDetected: v.optional(v.boolean('must be true or false')),
  }),
  v.check(
    (article) =>
      article.entities.every((entity) =>
        entity.mentions.every((m) => {
          const paragraph = article.body[m.paragraph];
          return paragraph !== undefined && m.end <= paragraph.length;
        }),
      ),
    'entities: a mention points outside the body',
  ),
  v.check(
    (article) => article.paragraphKinds === undefined || article.paragraphKinds.length === article.body.length,
    'paragraphKinds: must have one kind per body paragraph',
  ),
  v.check(
    (article) =>
      (article.links ?? []).every((l) => {
        const paragraph = article.body[l.paragraph];
        return paragraph !== undefined && l.end <= paragraph.length;
      }),
    'links: a link points outside the body',
  ),
);

/** What a feed needs: no body, no mention ranges, only the most salient entities. */
export const ArticleSummarySchema = v.object({
  ...ArticleFields,
  entities: v.array(SummaryEntitySchema, 'must be a list of entities'),
});

export type Mention = v.InferOutput<typeof MentionSchema>;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];
export type LinkRange = v.InferOutput<typeof LinkRangeSchema>;
export type ArticleEntity = v.InferOutput<typeof ArticleEntitySchema>;
export type SummaryEntity = v.InferOutput<typeof SummaryEntitySchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type ArticleImage = v.InferOutput<typeof ImageSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type ArticleSummary = v.InferOutput<typeof ArticleSummarySchema>;
