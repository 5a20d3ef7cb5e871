// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ADMIN_ROUTES } from '../../../src/news/api/admin-handler';
import { API_ROUTES } from '../../../src/news/api/api-handler';
import openApiDocument from '../../../src/news/api/openapi.json';
import { ARTICLE_PARAMS, ENTITY_PARAMS } from '../../../src/news/api/query-params';
import { SERVER_ROUTES } from '../../../src/server/media-proxy';
import { ArticleSchema } from '../../../src/news/schema/article';
import { EntitySchema } from '../../../src/news/schema/entity';
import { NewSourceSchema, SourcePatchSchema, SourceRecordSchema } from '../../../src/news/schema/source-record';
import * as limits from '../../../src/news/source';
import { fixtureArticles, fixtureEntities } from './fixture-corpus';
import { ajv, component, doc } from './openapi-validator';

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with its servers at /api', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/api' })]);
  });

  it('documents exactly the routes the handlers serve', () => {
    expect(Object.keys(doc.paths).sort()).toEqual([...API_ROUTES, ...ADMIN_ROUTES, ...SERVER_ROUTES].sort());
  });

  it('documents exactly the query parameters the handler accepts', () => {
    const names = (path: string) =>
      (doc.paths[path]?.get?.parameters ?? []).map((p) => p.name ?? p.$ref?.split('/').at(-1)).sort();
    expect(names('/articles')).toEqual([...ARTICLE_PARAMS].sort());
    expect(names('/entities')).toEqual([...ENTITY_PARAMS].sort());
  });

  it('states the same limits as the code', () => {
    const limit = (path: string) => doc.paths[path]?.get?.parameters?.find((p) => p.name === 'limit') as unknown;
    expect(limit('/articles')).toMatchObject({
      schema: { minimum: 1, maximum: limits.MAX_PAGE_SIZE, default: limits.DEFAULT_PAGE_SIZE },
    });
    expect(limit('/entities')).toMatchObject({
      schema: { minimum: 1, maximum: limits.MAX_ENTITY_LIMIT, default: limits.DEFAULT_ENTITY_LIMIT },
    });
    expect(doc.components.parameters.q.schema.maxLength).toBe(limits.MAX_QUERY_LENGTH);
    expect(doc.components.parameters.entity.schema.maxItems).toBe(limits.MAX_ENTITY_FILTERS);
  });

  it('has no dangling $ref', () => {
    const refs = JSON.stringify(openApiDocument).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of new Set(refs.map((match) => match.slice(8, -1)))) {
      const target = ref
        .slice(2)
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], openApiDocument);
      expect(target, ref).toBeTypeOf('object');
    }
  });

  it('compiles every component schema under Ajv strict mode', () => {
    for (const name of Object.keys(openApiDocument.components.schemas))
      expect(component(name), name).toBeTypeOf('function');
  });
});

describe('the schemas agree with the valibot contract', () => {
  const article = () =>
    structuredClone(fixtureArticles()[0]!) as unknown as Record<string, unknown> & {
      entities: Array<Record<string, unknown>>;
    };
  const cases: Array<[string, (a: ReturnType<typeof article>) => void]> = [
    ['a valid article', () => undefined],
    ['extra fields', (a) => Object.assign(a, { extra: true })],
    ['no optional author, url, image', (a) => ['author', 'url', 'image'].forEach((key) => delete a[key])],
    ['a missing title', (a) => delete a.title],
    ['a blank title', (a) => (a.title = '   ')],
    ['a bad id', (a) => (a.id = 'Has Spaces')],
    ['a timestamp without offset', (a) => (a.publishedAt = '2026-11-05T14:20:00')],
    ['a timestamp without seconds', (a) => (a.publishedAt = '2026-11-05T14:20Z')],
    ['a javascript: url', (a) => (a.url = 'javascript:alert(1)')],
    ['an absolute image path', (a) => (a.image = { url: '/data/images/x.svg', alt: '' })],
    ['an image with a data: url', (a) => (a.image = { url: 'data:image/png;base64,AAAA', alt: '' })],
    ['salience above 1', (a) => (a.entities[0]!.salience = 1.5)],
    ['an unknown entity type', (a) => (a.entities[0]!.type = 'animal')],
    ['a fractional mention offset', (a) => (a.entities[0]!.mentions = [{ paragraph: 0, start: 0.5, end: 3 }])],
    ['negative reading time', (a) => (a.readingMinutes = -1)],
    ['a null summary', (a) => (a.summary = null)],
  ];

  it.each(cases)('Article: %s gets the same verdict from both', (_label, mutate) => {
    const candidate = article();
    mutate(candidate);
    const validate = component('Article');
    expect(validate(candidate), ajv.errorsText(validate.errors)).toBe(v.is(ArticleSchema, candidate));
  });

  it('Entity: records built from the corpus pass both, broken ones fail both', () => {
    const validate = component('Entity');
    for (const entity of fixtureEntities()) {
      expect(v.is(EntitySchema, entity)).toBe(true);
      expect(validate(entity), ajv.errorsText(validate.errors)).toBe(true);
      for (const broken of [
        { ...entity, aliases: [''] },
        { ...entity, firstSeen: 'yesterday' },
        { ...entity, articleCount: -1 },
      ]) {
        expect(v.is(EntitySchema, broken)).toBe(false);
        expect(validate(broken)).toBe(false);
      }
    }
  });
});

describe('the source schemas agree with the valibot contract', () => {
  const record = {
    id: 'harbour-gazette',
    name: 'Harbour Gazette',
    url: 'https://harbourgazette.example/feed.xml',
    siteUrl: 'https://harbourgazette.example/',
    intervalMinutes: 30,
    fullText: 'feed',
    status: 'active',
    health: {
      lastFetchAt: '2026-12-01T11:55:00Z',
      lastSuccessAt: null,
      lastError: 'the server answered 404',
      itemsSeen: 3,
      nextFetchAt: '2026-12-01T12:25:00+01:00',
    },
  };
  const recordCases: Array<[string, unknown]> = [
    ['a valid source', record],
    ['a bundled source without a feed', { ...record, url: null, status: 'bundled' }],
    ['a javascript: feed', { ...record, url: 'javascript:alert(1)' }],
    ['an interval under 5 minutes', { ...record, intervalMinutes: 1 }],
    ['an unknown status', { ...record, status: 'broken' }],
    ['an unknown full-text mode', { ...record, fullText: 'always' }],
    ['a blank error', { ...record, health: { ...record.health, lastError: ' ' } }],
    ['a date without offset', { ...record, health: { ...record.health, lastFetchAt: '2026-12-01T11:55:00' } }],
    ['negative items', { ...record, health: { ...record.health, itemsSeen: -1 } }],
  ];
  it.each(recordCases)('SourceRecord: %s gets the same verdict from both', (_label, candidate) => {
    const validate = component('SourceRecord');
    expect(validate(candidate), ajv.errorsText(validate.errors)).toBe(v.is(SourceRecordSchema, candidate));
  });

  const inputCases: Array<[string, 'NewSource' | 'SourcePatch', unknown]> = [
    ['a URL', 'NewSource', { url: 'https://harbourgazette.example/' }],
    ['every field', 'NewSource', { url: 'https://h.example/rss', name: 'H', intervalMinutes: 60, fullText: 'page' }],
    ['no URL', 'NewSource', { name: 'H' }],
    ['an unknown field', 'NewSource', { url: 'https://h.example/', token: 'x' }],
    ['a file: URL', 'NewSource', { url: 'file:///etc/passwd' }],
    ['a pause', 'SourcePatch', { paused: true }],
    ['nothing to change', 'SourcePatch', {}],
    ['an unknown field', 'SourcePatch', { url: 'https://h.example/' }],
    ['a blank name', 'SourcePatch', { name: '  ' }],
  ];
  it.each(inputCases)('%s as %s gets the same verdict from both', (_label, name, candidate) => {
    const validate = component(name);
    const schema = name === 'NewSource' ? NewSourceSchema : SourcePatchSchema;
    expect(validate(candidate), ajv.errorsText(validate.errors)).toBe(v.is(schema, candidate));
  });
});
