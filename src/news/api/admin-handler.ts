import * as v from 'valibot';
import { describeIssues } from '../describe-issues';
import type { NewsStore } from '../store/news-store';
import { reportLines } from '../store/report-lines';
import { errorResponse, jsonResponse, type CorsOrigins } from './api-responses';
import type { FetchHandler } from './api-handler';

export interface AdminHandlerOptions {
  store: Pick<NewsStore, 'upsertArticles'>;
  basePath?: string;
  corsOrigins?: CorsOrigins;
  /** Where each repaired and refused story is logged; the caller also gets them in the answer. */
  log?: (line: string) => void;
}

/** Write routes; the server puts them behind the admin token, and never mounts them without one. */
export const ADMIN_ROUTES = ['/admin/articles'] as const;

/** The store checks each story itself, naming every field it repairs or refuses; this only checks the envelope. */
const UpsertBodySchema = v.object({
  articles: v.pipe(v.array(v.unknown()), v.minLength(1, 'must hold at least one story'), v.maxLength(1000)),
});

export function createAdminHandler({
  store,
  basePath = '/api',
  corsOrigins = '*',
  log = (line) => console.warn(line),
}: AdminHandlerOptions): FetchHandler {
  const fail = (request: Request, status: number, code: string, message: string, headers = {}) =>
    errorResponse(request, corsOrigins, { status, code, message }, headers);

  return async (request) => {
    const path = new URL(request.url).pathname.replace(/\/+$/, '');
    if (path !== `${basePath}/admin/articles`) {
      return fail(request, 404, 'not_found', `There is no admin route '${path.slice(0, 80)}'.`);
    }
    if (request.method !== 'POST') {
      return fail(request, 405, 'method_not_allowed', 'Send stories with POST.', { allow: 'POST' });
    }
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return fail(request, 400, 'bad_request', 'The body is not JSON; send {"articles": [...]}.');
    }
    const parsed = v.safeParse(UpsertBodySchema, body);
    if (!parsed.success) return fail(request, 400, 'bad_request', `The body's ${describeIssues(parsed.issues)}.`);
    const report = await store.upsertArticles(parsed.output.articles);
    for (const line of reportLines(report)) log(`Lede admin write: ${line}`);
    return jsonResponse(request, corsOrigins, 200, report);
  };
}
