import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import openApiDocument from '../../../src/news/api/openapi.json';

const DOC_ID = 'https://lede.example/openapi.json';

export type Doc = typeof openApiDocument & { paths: Record<string, Partial<Record<'get' | 'post', Operation>>> };
interface Operation {
  parameters?: Array<{ $ref?: string; name?: string }>;
  responses: Record<string, { $ref?: string }>;
}
export const doc = openApiDocument as Doc;

/** Ajv resolves `#/components/...` against the whole document, so refs work exactly as written. */
export const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
ajv.addVocabulary(['openapi', 'info', 'servers', 'tags', 'paths', 'components']);
ajv.addSchema({ ...openApiDocument, $id: DOC_ID });

const pointer = (...parts: string[]) => parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

export function responseValidator(path: string, status: number, method: 'get' | 'post' = 'get'): ValidateFunction {
  const response = doc.paths[path]?.[method]?.responses[String(status)];
  const name = `${method.toUpperCase()} ${path}`;
  if (!response) throw new Error(`openapi.json documents no ${status} response for ${name}`);
  const base = response.$ref ?? `#/${pointer('paths', path, method, 'responses', String(status))}`;
  const validate = ajv.getSchema(`${DOC_ID}${base}/${pointer('content', 'application/json', 'schema')}`);
  if (!validate) throw new Error(`no JSON schema for ${status} of ${name}`);
  return validate;
}

export const component = (name: string) => ajv.getSchema(`${DOC_ID}#/components/schemas/${name}`)!;

/** Fetches from the running handler and checks status, media type and body against the document. */
export async function expectConforming(api: string, template: string, url: string, status: number): Promise<unknown> {
  const response = await fetch(`${api}${url}`);
  expect(response.status, url).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const body: unknown = await response.json();
  const validate = responseValidator(template, status);
  expect(validate(body), `${url} -> ${status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  return body;
}
