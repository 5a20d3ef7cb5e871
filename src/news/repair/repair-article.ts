import * as v from 'valibot';
import { describeIssues, issuePath } from '../describe-issues';
import { ArticleSchema, ArticleSummarySchema, type Article, type ArticleSummary } from '../schema/article';
import { IdSchema } from '../schema/primitives';
import { readArticleEntities, readSummaryEntities } from './repair-entities';
import { isRecord, kindOf, RepairLog, type RepairResult } from './repair-log';
import { readSource } from './repair-source';
import {
  excerpt,
  readAuthor,
  readHttpUrl,
  readImage,
  readNumber,
  readText,
  readTextList,
  readTimestamp,
} from './repair-text';
import { readBody } from './repair-body';
import { readStructure } from './repair-structure';

const TITLE_LENGTH = 120;
const SUMMARY_LENGTH = 280;
const WORDS_PER_MINUTE = 220;

/**
 * Turns whatever a backend or feed sent into a valid Article, field by field: a bad field is
 * dropped or read leniently and noted, never the whole story. A story is refused only when
 * nothing readable is left: no id, or neither a title nor any text. The result has passed the
 * strict ArticleSchema, so the schema stays the one definition of what an Article is.
 * Shared by the browser's HTTP source and the server's write path (ingest, store).
 */
export function repairArticle(input: unknown): RepairResult<Article> {
  const log = new RepairLog();
  const head = readHead(input, log);
  if ('refusal' in head) return refuse(head.refusal, log, head.field);
  const record = input as Record<string, unknown>;
  const body = readBody(record.body, log);
  const text = body.paragraphs.find((paragraph) => paragraph.trim() !== '');
  const title = head.title ?? (text === undefined ? undefined : derived('title', excerpt(text, TITLE_LENGTH), log));
  if (title === undefined) return refuse('no title and no text', log, 'title');
  const summary =
    typeof record.summary === 'string' ? record.summary : derived('summary', excerpt(text ?? '', SUMMARY_LENGTH), log);
  const words = body.paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
  const candidate = {
    ...readCommon(record, log, Math.ceil(words / WORDS_PER_MINUTE)),
    id: head.id,
    title,
    summary,
    body: body.paragraphs,
    ...readStructure(record, body, log),
    entities: readArticleEntities(record.entities, body, log),
    ...(typeof record.entitiesDetected === 'boolean' ? { entitiesDetected: record.entitiesDetected } : {}),
  };
  return strict(ArticleSchema, candidate, log);
}

/** The same rules for a story in a list, which has no body: a title may come from the summary. */
export function repairArticleSummary(input: unknown): RepairResult<ArticleSummary> {
  const log = new RepairLog();
  const head = readHead(input, log);
  if ('refusal' in head) return refuse(head.refusal, log, head.field);
  const record = input as Record<string, unknown>;
  const summaryText = typeof record.summary === 'string' ? record.summary : undefined;
  if (summaryText === undefined) log.note('summary', `${kindOf(record.summary)}; left empty`);
  const title =
    head.title ?? (summaryText?.trim() ? derived('title', excerpt(summaryText, TITLE_LENGTH), log) : undefined);
  if (title === undefined) return refuse('no title and no text', log, 'title');
  const candidate = {
    ...readCommon(record, log, 0),
    id: head.id,
    title,
    summary: summaryText ?? '',
    entities: readSummaryEntities(record.entities, log),
  };
  return strict(ArticleSummarySchema, candidate, log);
}

/** The id and title, or why the story cannot be kept at all. */
function readHead(
  input: unknown,
  log: RepairLog,
): { id: string; title: string | undefined } | { refusal: string; field: string } {
  if (!isRecord(input)) return { refusal: `${kindOf(input)}, not a story`, field: '' };
  const id = typeof input.id === 'number' && Number.isInteger(input.id) ? String(input.id) : input.id;
  if (!v.is(IdSchema, id)) return { refusal: 'no usable id (a-z, 0-9, -)', field: 'id' };
  if (id !== input.id) log.note('id', 'a number; read as text');
  return { id, title: readText(input.title, 'title', log, true) };
}

function readCommon(record: Record<string, unknown>, log: RepairLog, estimatedMinutes: number) {
  const author = readAuthor(record.author, log);
  const url = readHttpUrl(record.url, 'url', log);
  const image = readImage(record.image, log);
  return {
    source: readSource(record.source, log),
    ...(author === undefined ? {} : { author }),
    publishedAt: readTimestamp(record.publishedAt, 'publishedAt', log),
    ...(url === undefined ? {} : { url }),
    ...(image === undefined ? {} : { image }),
    topics: readTextList(record.topics, 'topics', log),
    readingMinutes: readNumber(record.readingMinutes, 'readingMinutes', log, {
      min: 0,
      max: 24 * 60,
      fallback: estimatedMinutes,
    }),
  };
}

function derived(field: string, value: string, log: RepairLog): string {
  log.note(field, 'missing; taken from the text');
  return value;
}

function refuse<T>(refusal: string, log: RepairLog, field: string): RepairResult<T> {
  return { article: null, repairs: log.repairs, refusal, field };
}

/** The last word is the strict schema's: whatever the reading above missed is a refusal, not a crash. */
export function strict<S extends v.GenericSchema>(
  schema: S,
  candidate: unknown,
  log: RepairLog,
): RepairResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, candidate);
  if (!result.success) return refuse(describeIssues(result.issues), log, issuePath(result.issues));
  return { article: result.output, repairs: log.repairs };
}
