import * as v from 'valibot';
import { describeIssues } from '../describe-issues';
import { NewSourceSchema, SourcePatchSchema } from '../schema/source-record';
import { SourceAdminError, type SourceAdmin } from './source-admin';
import type { SourceRouteMatch } from './source-routes';

/** An answer before CORS and headers: the handler turns it into a Response. */
export type AdminAnswer =
  { status: number; body: unknown; headers?: Record<string, string> } | { status: number; text: string; type: string };

const MAX_JSON_BYTES = 16 * 1024;
const MAX_OPML_BYTES = 1024 * 1024;

/** Runs one admin route; every refusal is a SourceAdminError the handler maps to its status. */
export async function runSourceAdmin(
  admin: SourceAdmin,
  match: SourceRouteMatch,
  request: Request,
): Promise<AdminAnswer> {
  const id = match.id ?? '';
  switch (match.route) {
    case '/sources': {
      const source = await admin.add(await jsonBody(request, NewSourceSchema, '{"url": "https://..."}'));
      return { status: 201, body: source, headers: { location: `/api/sources/${source.id}` } };
    }
    case '/sources/{id}':
      if (request.method === 'DELETE') {
        if (!(await admin.remove(id))) throw notFound(id);
        return { status: 204, body: undefined };
      }
      return {
        status: 200,
        body: await admin.update(id, await jsonBody(request, SourcePatchSchema, '{"paused": true}')),
      };
    case '/sources/{id}/refresh':
      return { status: 200, body: await admin.refresh(id) };
    case '/sources/import':
      return { status: 200, body: await admin.importOpml(await textBody(request, MAX_OPML_BYTES)) };
    case '/sources/export':
      return { status: 200, text: await admin.exportOpml(), type: 'text/x-opml; charset=utf-8' };
  }
}

export function notFound(id: string): SourceAdminError {
  return new SourceAdminError(404, 'not_found', `There is no source with the id '${id.slice(0, 80)}'.`);
}

async function jsonBody<T>(request: Request, schema: v.GenericSchema<unknown, T>, example: string): Promise<T> {
  let value: unknown;
  try {
    value = JSON.parse(await textBody(request, MAX_JSON_BYTES));
  } catch (error) {
    if (error instanceof SourceAdminError) throw error;
    throw new SourceAdminError(400, 'bad_request', `The body is not JSON; send ${example}.`);
  }
  const parsed = v.safeParse(schema, value);
  if (!parsed.success) throw new SourceAdminError(400, 'bad_request', `The body's ${describeIssues(parsed.issues)}.`);
  return parsed.output;
}

async function textBody(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
  return new TextDecoder().decode(bytes);
}

function tooLarge(maxBytes: number): SourceAdminError {
  const size = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MB` : `${maxBytes / 1024} kB`;
  return new SourceAdminError(413, 'too_large', `The body is larger than ${size}.`);
}
