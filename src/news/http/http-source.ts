import * as v from 'valibot';
import { throwIfAborted } from '../abort';
import { NewsError } from '../errors';
import { ArticlePageEnvelopeSchema, EntityListEnvelopeSchema } from '../schema/api';
import { SourceListEnvelopeSchema, SourceRecordSchema } from '../schema/source-record';
import { ArticleSchema, ArticleSummarySchema } from '../schema/article';
import { EntitySchema, EntitySummarySchema } from '../schema/entity';
import { IdSchema } from '../schema/primitives';
import type { NewsSource } from '../source';
import { withImageBase } from '../corpus-data';
import { itemLabel, parseEach, parseOrThrow, type DroppedItem } from '../validate';
import { apiUrl, articleListParams, entityListParams } from './api-url';
import { requestJson, type RequestContext } from './request-json';
import { abortableSleep, DEFAULT_RETRY_POLICY, type Sleep } from './retry-policy';

export interface HttpSourceOptions {
  /** "/api" or "https://news.example/api/": with or without a trailing slash. */
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  /** Per attempt, not per call: each retry gets the full allowance. */
  timeoutMs?: number;
  maxAttempts?: number;
  /** Ceiling on how long a Retry-After header can make the reader wait. */
  maxRetryAfterMs?: number;
  /** First backoff step for 5xx and network failures; doubles per attempt, with jitter. */
  backoffMs?: number;
  /** Test seams: waits between attempts, jitter and the clock used for Retry-After dates. */
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
}

export const DEFAULT_TIMEOUT_MS = 8000;

/** A backend speaking the Lede API; every answer is validated here so the UI only sees good data. */
export function createHttpSource(options: HttpSourceOptions): NewsSource {
  const { baseUrl } = options;
  const context: RequestContext = {
    // Looked up per call rather than bound once, so fetch wrappers installed later (tests, tracing) apply.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    sleep: options.sleep ?? abortableSleep,
    policy: {
      ...DEFAULT_RETRY_POLICY,
      maxAttempts: options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts,
      maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_RETRY_POLICY.maxRetryAfterMs,
      backoffMs: options.backoffMs ?? DEFAULT_RETRY_POLICY.backoffMs,
      random: options.random ?? DEFAULT_RETRY_POLICY.random,
      now: options.now ?? DEFAULT_RETRY_POLICY.now,
    },
  };

  // Relative image URLs are relative to the API, not to whatever page the reader is on.
  const apiRoot = new URL(
    baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
    globalThis.location?.href ?? 'http://localhost/',
  );
  const absoluteImage = <T extends { image?: { url: string } }>(item: T): T =>
    withImageBase(item, (imageUrl) => new URL(imageUrl, apiRoot).href);

  return {
    kind: 'http',

    async listArticles(query, signal) {
      const label = 'the story list';
      const url = apiUrl(baseUrl, ['articles'], articleListParams(query));
      const envelope = parseOrThrow(
        ArticlePageEnvelopeSchema,
        await requestJson(context, { url, label }, signal),
        label,
      );
      const { items, dropped } = parseEach(ArticleSummarySchema, envelope.items, itemLabel('article'));
      reportDropped(dropped);
      return { items: items.map(absoluteImage), nextCursor: envelope.nextCursor, total: envelope.total, dropped };
    },

    async getArticle(id, signal) {
      const notFoundMessage = `There is no story with the id '${shortId(id)}'.`;
      throwIfAborted(signal);
      assertPossibleId(id, notFoundMessage);
      const url = apiUrl(baseUrl, ['articles', id]);
      const label = `article '${id}'`;
      return absoluteImage(
        parseOrThrow(ArticleSchema, await requestJson(context, { url, label, notFoundMessage }, signal), label),
      );
    },

    async listEntities(query, signal) {
      const label = 'the entity list';
      const url = apiUrl(baseUrl, ['entities'], entityListParams(query));
      const envelope = parseOrThrow(
        EntityListEnvelopeSchema,
        await requestJson(context, { url, label }, signal),
        label,
      );
      const { items, dropped } = parseEach(EntitySummarySchema, envelope.items, itemLabel('entity'));
      reportDropped(dropped);
      return { items, dropped };
    },

    async getEntity(id, signal) {
      const notFoundMessage = `There is no entity with the id '${shortId(id)}'.`;
      throwIfAborted(signal);
      assertPossibleId(id, notFoundMessage);
      const url = apiUrl(baseUrl, ['entities', id]);
      const label = `entity '${id}'`;
      return parseOrThrow(EntitySchema, await requestJson(context, { url, label, notFoundMessage }, signal), label);
    },

    async listSources(signal) {
      const label = 'the source list';
      const url = apiUrl(baseUrl, ['sources']);
      const envelope = parseOrThrow(
        SourceListEnvelopeSchema,
        await requestJson(context, { url, label }, signal),
        label,
      );
      const { items, dropped } = parseEach(SourceRecordSchema, envelope.items, itemLabel('source'));
      reportDropped(dropped);
      return { items, dropped };
    },
  };
}

/**
 * Ids come from the address bar. One outside the id alphabet can never match a valid record, and
 * "." or ".." would survive encodeURIComponent and walk up the API path, so it is not sent at all.
 */
function assertPossibleId(id: string, notFoundMessage: string): void {
  if (!v.is(IdSchema, id)) throw new NewsError('not-found', notFoundMessage, { status: 404 });
}

function shortId(id: string): string {
  return id.length > 80 ? `${id.slice(0, 79)}…` : id;
}

function reportDropped(dropped: readonly DroppedItem[]): void {
  for (const item of dropped) console.warn(`Lede left out ${item.label}: ${item.reason}`);
}
