import * as v from 'valibot';
import { ApiErrorSchema } from '../schema/api';
import {
  ImportReportSchema,
  RefreshReportSchema,
  SourceListEnvelopeSchema,
  SourceRecordSchema,
  type ImportReport,
  type NewSource,
  type RefreshReport,
  type SourcePatch,
  type SourceRecord,
} from '../schema/source-record';
import { apiUrl } from './api-url';

export interface SourcesClientOptions {
  /** The API's base, e.g. "http://127.0.0.1:4317/api". */
  baseUrl: string;
  /** The server's LEDE_ADMIN_TOKEN; only reading the list works without it. */
  token?: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
}

/**
 * Why a call failed, for the person at the keyboard: `unreachable` (nothing answered),
 * `unauthorized` (no token or the wrong one), `read-only` (the server takes no changes), else the
 * server's own error code.
 */
export class SourcesClientError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SourcesClientError';
  }
}

/** A refresh fetches the feed and, with full text, each new story's page: it may take a while. */
const REFRESH_TIMEOUT_MS = 180_000;
const DEFAULT_TIMEOUT_MS = 30_000;

/** The admin side of the Lede API: writes are never retried, so a request is made once. */
export function createSourcesClient({ baseUrl, token, fetch = globalThis.fetch, timeoutMs }: SourcesClientOptions) {
  async function call(method: string, segments: string[], init: { body?: string; type?: string; wait?: number } = {}) {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (init.type) headers['content-type'] = init.type;
    let response: Response;
    try {
      response = await fetch(apiUrl(baseUrl, segments), {
        method,
        headers,
        body: init.body,
        signal: AbortSignal.timeout(init.wait ?? timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
    } catch (cause) {
      throw unreachable(cause, init.wait ?? timeoutMs ?? DEFAULT_TIMEOUT_MS);
    }
    if (!response.ok) throw await failure(response);
    return response;
  }

  const json = async <T>(schema: v.GenericSchema<unknown, T>, response: Response, label: string): Promise<T> => {
    const result = v.safeParse(schema, await response.json().catch(() => undefined));
    if (!result.success) throw new SourcesClientError('invalid', `The server sent ${label} Lede cannot read.`);
    return result.output;
  };

  return {
    async list(): Promise<SourceRecord[]> {
      const envelope = await json(SourceListEnvelopeSchema, await call('GET', ['sources']), 'a source list');
      return envelope.items.flatMap((item) => (v.is(SourceRecordSchema, item) ? [item] : []));
    },
    async add(input: NewSource): Promise<SourceRecord> {
      const body = JSON.stringify(input);
      const response = await call('POST', ['sources'], { body, type: 'application/json', wait: REFRESH_TIMEOUT_MS });
      return json(SourceRecordSchema, response, 'a source');
    },
    async update(id: string, patch: SourcePatch): Promise<SourceRecord> {
      const body = JSON.stringify(patch);
      return json(
        SourceRecordSchema,
        await call('PATCH', ['sources', id], { body, type: 'application/json' }),
        'a source',
      );
    },
    async remove(id: string): Promise<void> {
      await call('DELETE', ['sources', id]);
    },
    async refresh(id: string): Promise<RefreshReport> {
      const response = await call('POST', ['sources', id, 'refresh'], { wait: REFRESH_TIMEOUT_MS });
      return json(RefreshReportSchema, response, 'a refresh report');
    },
    async importOpml(opml: string): Promise<ImportReport> {
      const response = await call('POST', ['sources', 'import'], { body: opml, type: 'text/x-opml' });
      return json(ImportReportSchema, response, 'an import report');
    },
    async exportOpml(): Promise<string> {
      return (await call('GET', ['sources', 'export'])).text();
    },
  };
}

export type SourcesClient = ReturnType<typeof createSourcesClient>;

function unreachable(cause: unknown, waitedMs: number): SourcesClientError {
  if (cause instanceof DOMException && cause.name === 'TimeoutError')
    return new SourcesClientError('timeout', `The server did not answer within ${Math.round(waitedMs / 1000)} s.`);
  return new SourcesClientError('unreachable', 'Nothing answered: the Lede server is not running there.');
}

async function failure(response: Response): Promise<SourcesClientError> {
  const parsed = v.safeParse(ApiErrorSchema, await response.json().catch(() => undefined));
  const code = parsed.success ? parsed.output.error.code : `http_${response.status}`;
  const message = parsed.success ? parsed.output.error.message : `The server answered ${response.status}.`;
  if (response.status === 401)
    return new SourcesClientError(
      'unauthorized',
      'The server refused the admin token: set LEDE_ADMIN_TOKEN to the token it was started with.',
      401,
    );
  if (response.status === 403 && code === 'read_only') return new SourcesClientError('read-only', message, 403);
  return new SourcesClientError(code, message, response.status);
}
