import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, ArticleSummarySchema } from '../../src/news/schema/article';
import { EntitySchema } from '../../src/news/schema/entity';
import { RuntimeConfigSchema } from '../../src/news/schema/config';
import { ImageUrlSchema } from '../../src/news/schema/primitives';
import { toSummary } from '../../src/news/engine/summarize';
import { parseEach, parseOrThrow, itemLabel } from '../../src/news/validate';
import { makeArticle, makeEntity } from '../fixtures/articles';

const valid = makeArticle({ id: 'kihara-visit' }, ['Minoru Kihara']);

function problem(data: unknown): string {
  try {
    parseOrThrow(ArticleSchema, data, "article 'kihara-visit'");
    return 'valid';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('ArticleSchema', () => {
  it('accepts a valid article and its summary', () => {
    expect(problem(valid)).toBe('valid');
    expect(v.safeParse(ArticleSummarySchema, toSummary(valid)).success).toBe(true);
  });

  it.each([
    [
      'publishedAt without an offset',
      { publishedAt: '2026-11-05T10:00:00' },
      /publishedAt is not an ISO 8601 date with an offset/,
    ],
    ['publishedAt that is no date', { publishedAt: '2026-13-45T99:00:00Z' }, /publishedAt is not a real date/],
    ['an id unsafe for URLs', { id: '../etc/passwd' }, /id must be a URL-safe id/],
    ['an empty title', { title: '   ' }, /title must not be empty/],
    ['a javascript: link', { url: 'javascript:alert(1)' }, /url must be an http or https URL/],
    ['a data: image', { image: { url: 'data:image/svg+xml,<svg/>', alt: '' } }, /image.url must be an http\(s\) URL/],
    ['a body that is not a list', { body: 'text' }, /body must be a list of paragraphs/],
    ['a missing source', { source: undefined }, /source/],
    [
      'an unknown entity type',
      { entities: [{ ...valid.entities[0], type: 'alien' }] },
      /entities.0.type must be one of/,
    ],
    ['salience above 1', { entities: [{ ...valid.entities[0], salience: 2 }] }, /entities.0.salience must be <= 1/],
    [
      'a mention outside its paragraph',
      { entities: [{ ...valid.entities[0], mentions: [{ paragraph: 0, start: 0, end: 9999 }] }] },
      /a mention points outside the body/,
    ],
    [
      'a mention with end before start',
      { entities: [{ ...valid.entities[0], mentions: [{ paragraph: 0, start: 5, end: 2 }] }] },
      /end must be greater than start/,
    ],
  ])('rejects %s with a message naming the field', (_label, change, message) => {
    const text = problem({ ...valid, ...change });
    expect(text).toMatch(/^article 'kihara-visit': /);
    expect(text).toMatch(message);
  });

  it('ignores unknown fields instead of failing', () => {
    expect(problem({ ...valid, extra: true })).toBe('valid');
  });
});

describe('EntitySchema and parseEach', () => {
  it('keeps valid items and reports the invalid one by id', () => {
    const result = parseEach(
      EntitySchema,
      [makeEntity({ id: 'nato', name: 'NATO' }), { id: 'bad', name: 'Bad', type: 'robot' }, 42],
      itemLabel('entity'),
    );
    expect(result.items.map((e) => e.id)).toEqual(['nato']);
    expect(result.dropped).toEqual([
      { label: "entity 'bad'", reason: expect.stringMatching(/^type must be one of/) },
      { label: 'entity #3', reason: expect.any(String) },
    ]);
  });
});

describe('RuntimeConfigSchema', () => {
  it('reads image hosts in lower case', () => {
    const config = v.parse(RuntimeConfigSchema, { apiBaseUrl: null, imageHosts: ['Images.Example.COM'] });
    expect(config.imageHosts).toEqual(['images.example.com']);
  });

  it.each([
    { apiBaseUrl: null },
    { apiBaseUrl: '/api' },
    { apiBaseUrl: 'https://news.example/api' },
    { apiBaseUrl: null, imageHosts: [] },
    { apiBaseUrl: null, imageHosts: ['images.example.com', 'cdn-2.example.org'] },
  ])('accepts %j', (config) => expect(v.safeParse(RuntimeConfigSchema, config).success).toBe(true));

  it.each([
    {},
    { apiBaseUrl: 'javascript:alert(1)' },
    { apiBaseUrl: 3 },
    { apiBaseUrl: null, imageHosts: 'images.example.com' },
    { apiBaseUrl: null, imageHosts: ['https://images.example.com'] },
    { apiBaseUrl: null, imageHosts: ['images.example.com/path'] },
    { apiBaseUrl: null, imageHosts: ['*'] },
    { apiBaseUrl: null, imageHosts: ['-bad.example'] },
  ])('rejects %j', (config) => expect(v.safeParse(RuntimeConfigSchema, config).success).toBe(false));
});

describe('ImageUrlSchema', () => {
  const proxied = `/api/media?${new URLSearchParams({ url: 'https://pics.example/a b.jpg', sig: 'AbC_d-9' }).toString()}`;
  it.each([
    'https://pics.example/a.jpg',
    'http://pics.example/a.jpg',
    'images/seed.jpg',
    '../data/images/seed.jpg',
    '/data/images/seed.jpg',
    proxied,
  ])('accepts %s', (url) => expect(v.is(ImageUrlSchema, url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:https://pics.example/1',
    'file:///etc/passwd',
    'ftp://pics.example/a.jpg',
    '//tracker.example/pixel.gif',
    '/\\tracker.example/pixel.gif',
    '/api/media?url=x#<script>',
    'images/a.jpg?x=<b>',
    '',
  ])('rejects %s', (url) => expect(v.is(ImageUrlSchema, url)).toBe(false));
});
