import * as v from 'valibot';
import { throwIfAborted } from '../abort';
import { NewsError } from '../errors';
import { ArticlePageEnvelopeSchema, EntityListEnvelopeSchema } from '../schema/api';
import { SourceListEnvelopeSchema, SourceRecordSchema } from '../schema/source-record';
import { IdSchema } from '../schema/primitives';
import type { NewsSource } from '../source';
import { withImageBase } from '../corpus-data';
import { repairArticle, repairArticleSummary } from '../repair/repair-article';
import { repairEntity, repairEntitySummary } from '../repair/repair-entity';
import { itemLabel, parseEach, parseOrThrow, repairEach, type DroppedItem, type RepairedItem } from '../validate';
import { apiUrl, articleListParams, entityListParams } from './api-url';
import { createSourcesClient } from './sources-client';
import { requestJson, type RequestContext } from './request-json';
import { abortableSleep, DEFAULT_RETRY_POLICY, type Sleep } from './retry-policy';

export interface HttpSourceOptions {
  /** "/api" or "https://news.example/api/": with or without a trailing slash. */
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  /** For the whole call, every attempt and wait included; an attempt in flight is never cut short to retry. */
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
  /** Whether the device has a connection; navigator.onLine by default. */
  isOnline?: () => boolean;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** A backend speaking the Lede API; every answer is validated here so the UI only sees good data. */
export function createHttpSource(options: HttpSourceOptions): NewsSource {
  const { baseUrl } = options;
  const context: RequestContext = {
    // Looked up per call rather than bound once, so fetch wrappers installed later (tests, tracing) apply.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    sleep: options.sleep ?? abortableSleep,
    isOnline: options.isOnline ?? (() => globalThis.navigator?.onLine !== false),
    policy: {
      ...DEFAULT_RETRY_POLICY,
      maxAttempts: options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts,
      maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_RETRY_POLICY.maxRetryAfterMs,
      minBusyDelayMs: DEFAULT_RETRY_POLICY.minBusyDelayMs,
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
      const { items, dropped, repaired } = repairEach(repairArticleSummary, envelope.items, itemLabel('article'));
      reportDropped(dropped);
      reportRepaired(repaired);
      const page = { nextCursor: envelope.nextCursor, total: envelope.total, dropped, repaired };
      return { ...page, items: items.map(absoluteImage) };
    },

    async getArticle(id, signal) {
      const notFoundMessage = `There is no story with the id '${shortId(id)}'.`;
      throwIfAborted(signal);
      assertPossibleId(id, notFoundMessage);
      const url = apiUrl(baseUrl, ['articles', id]);
      const label = `article '${id}'`;
      const result = repairArticle(await requestJson(context, { url, label, notFoundMessage }, signal));
      if (result.refusal !== undefined) throw new NewsError('invalid-data', `${label}: ${result.refusal}`);
      if (result.repairs.length === 0) return absoluteImage(result.article);
      reportRepaired([{ label, repairs: result.repairs }]);
      return absoluteImage({ ...result.article, repairs: result.repairs });
    },

    async listEntities(query, signal) {
      const label = 'the entity list';
      const url = apiUrl(baseUrl, ['entities'], entityListParams(query));
      const envelope = parseOrThrow(
        EntityListEnvelopeSchema,
        await requestJson(context, { url, label }, signal),
        label,
      );
      const { items, dropped, repaired } = repairEach(repairEntitySummary, envelope.items, itemLabel('entity'));
      reportDropped(dropped);
      reportRepaired(repaired);
      return { items, dropped, repaired };
    },

    async getEntity(id, signal) {
      const notFoundMessage = `There is no entity with the id '${shortId(id)}'.`;
      throwIfAborted(signal);
      assertPossibleId(id, notFoundMessage);
      const url = apiUrl(baseUrl, ['entities', id]);
      const label = `entity '${id}'`;
      const result = repairEntity(await requestJson(context, { url, label, notFoundMessage }, signal));
      if (result.refusal !== undefined) throw new NewsError('invalid-data', `${label}: ${result.refusal}`);
      if (result.repairs.length === 0) return result.article;
      reportRepaired([{ label, repairs: result.repairs }]);
      return { ...result.article, repairs: result.repairs };
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
      return { items, dropped, writable: envelope.writable };
    },

    sourcesAdmin: (token) => createSourcesClient({ baseUrl, token, fetch: options.fetch }),
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

/** One line per story, so a feed of repaired stories does not bury the console. */
function reportRepaired(repaired: readonly RepairedItem[]): void {
  for (const { label, repairs } of repaired) {
    console.warn(`Lede repaired ${label}: ${repairs.map((r) => `${r.field} ${r.reason}`).join('; ')}`);
  }
}
