import * as v from 'valibot';
import { describeIssues } from '../describe-issues';
import { ArticleSchema, type Article } from '../schema/article';
import { IdSchema, NonEmptyTextSchema } from '../schema/primitives';
import { firstProblem } from './text-checks';

/** Caps on what one stored story may hold; generous for news, small enough to keep a page cheap. */
export const STORY_LIMITS = {
  title: 1_000,
  summary: 10_000,
  shortText: 500,
  url: 2_048,
  imageAlt: 2_000,
  topic: 200,
  topics: 50,
  paragraph: 200_000,
  paragraphs: 10_000,
  body: 2_000_000,
  entities: 1_000,
  mentions: 100_000,
  aliases: 100,
  description: 5_000,
} as const;

export type Checked<T> = { ok: true; value: T } | { ok: false; id: string | null; reason: string };

/** A story as the store keeps it, or the reason it is refused, naming the field. */
export function checkStory(input: unknown): Checked<Article> {
  const id = idOf(input);
  const parsed = v.safeParse(ArticleSchema, input);
  if (!parsed.success) return { ok: false, id, reason: describeIssues(parsed.issues) };
  const problem = storyProblem(parsed.output);
  return problem ? { ok: false, id, reason: problem } : { ok: true, value: parsed.output };
}

function storyProblem(article: Article): string | null {
  const L = STORY_LIMITS;
  const bodyLength = article.body.reduce((sum, paragraph) => sum + paragraph.length, 0);
  if (bodyLength > L.body) return `body is longer than ${L.body.toLocaleString('en')} characters in all`;
  if (article.body.length > L.paragraphs) return `body has more than ${L.paragraphs} paragraphs`;
  if (article.topics.length > L.topics) return `topics has more than ${L.topics} topics`;
  if (article.entities.length > L.entities) return `entities has more than ${L.entities} entities`;
  const mentions = article.entities.reduce((sum, entity) => sum + entity.mentions.length, 0);
  if (mentions > L.mentions) return `entities has more than ${L.mentions} mentions in all`;
  const seen = new Set<string>();
  for (const [index, entity] of article.entities.entries()) {
    if (seen.has(entity.id)) return `entities.${index}.id repeats entity '${entity.id}'`;
    seen.add(entity.id);
  }
  return firstProblem([
    ['title', article.title, L.title],
    ['summary', article.summary, L.summary],
    ['author', article.author, L.shortText],
    ['source.name', article.source.name, L.shortText],
    ['source.url', article.source.url, L.url],
    ['url', article.url, L.url],
    ['image.url', article.image?.url, L.url],
    ['image.alt', article.image?.alt, L.imageAlt],
    ['image.credit', article.image?.credit, L.shortText],
    ...article.topics.map((topic, i) => [`topics.${i}`, topic, L.topic] as const),
    ...article.body.map((paragraph, i) => [`body.${i}`, paragraph, L.paragraph] as const),
    ...article.entities.flatMap((entity, i) => [
      [`entities.${i}.name`, entity.name, L.shortText] as const,
      [`entities.${i}.role`, entity.role, L.shortText] as const,
    ]),
  ]);
}

/** What people curate about an entity; everything else in its record is derived from the stories. */
export const CuratedEntitySchema = v.object({
  id: IdSchema,
  aliases: v.optional(v.array(NonEmptyTextSchema, 'must be a list of names'), []),
  description: v.optional(NonEmptyTextSchema),
});

export type CuratedEntity = v.InferOutput<typeof CuratedEntitySchema>;

/** Accepts a curated record or a whole entity record (entities.json); only the curated fields are kept. */
export function checkEntityRecord(input: unknown): Checked<CuratedEntity> {
  const id = idOf(input);
  const parsed = v.safeParse(CuratedEntitySchema, input);
  if (!parsed.success) return { ok: false, id, reason: describeIssues(parsed.issues) };
  const { aliases, description } = parsed.output;
  if (aliases.length > STORY_LIMITS.aliases) {
    return { ok: false, id, reason: `aliases has more than ${STORY_LIMITS.aliases} names` };
  }
  const problem = firstProblem([
    ...aliases.map((alias, i) => [`aliases.${i}`, alias, STORY_LIMITS.shortText] as const),
    ['description', description, STORY_LIMITS.description],
  ]);
  if (problem) return { ok: false, id, reason: problem };
  return { ok: true, value: { id: parsed.output.id, aliases, ...(description ? { description } : {}) } };
}

export interface CheckedBatch<T> {
  /** By id, the last version given winning: a batch naming a story twice writes it once. */
  accepted: Map<string, T>;
  refused: { id: string | null; reason: string }[];
}

export function checkBatch<T extends { id: string }>(
  inputs: readonly unknown[],
  check: (input: unknown) => Checked<T>,
) {
  const batch: CheckedBatch<T> = { accepted: new Map(), refused: [] };
  for (const input of inputs) {
    const result = check(input);
    if (result.ok) {
      batch.accepted.delete(result.value.id);
      batch.accepted.set(result.value.id, result.value);
    } else batch.refused.push({ id: result.id, reason: result.reason });
  }
  return batch;
}

function idOf(input: unknown): string | null {
  const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined;
  return typeof id === 'string' && v.is(IdSchema, id) ? id : null;
}
