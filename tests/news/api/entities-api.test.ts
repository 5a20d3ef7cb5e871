// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { serveCorpusForFile } from './test-server';

const { get, ids } = serveCorpusForFile();

describe('GET /entities', () => {
  it('ranks entities by matching stories, then all stories, then name', async () => {
    const { body } = await get('/entities');
    const items = body?.items as Array<{ id: string }>;
    expect(items.map((item) => item.id)).toEqual([
      'nato',
      'acme-robotics',
      'minoru-kihara',
      'pal-jonson',
      'stockholm',
      'tokyo',
      'operation-northern-light',
    ]);
    expect(items[0]).toEqual({
      id: 'nato',
      name: 'North Atlantic Treaty Organization',
      type: 'organization',
      count: 3,
      articleCount: 3,
    });
  });

  it('restricts to co-occurring stories and leaves the given entities out', async () => {
    const { body } = await get('/entities?entity=nato&entity=stockholm');
    expect(body?.items).toEqual([
      expect.objectContaining({ id: 'minoru-kihara', count: 1, articleCount: 2 }),
      expect.objectContaining({ id: 'pal-jonson', count: 1, articleCount: 2 }),
      expect.objectContaining({ id: 'operation-northern-light', count: 1, articleCount: 1 }),
    ]);
  });

  it('filters by name or alias, type, source, topic and limit', async () => {
    expect(await ids('/entities?q=NATO')).toEqual(['nato']);
    expect(await ids('/entities?q=pal')).toEqual(['pal-jonson']);
    expect(await ids('/entities?type=person')).toEqual(['minoru-kihara', 'pal-jonson']);
    expect(await ids('/entities?type=place&source=pacific-post')).toEqual(['tokyo']);
    expect(await ids('/entities?topic=technology')).toEqual(['acme-robotics', 'tokyo']);
    expect(await ids('/entities?limit=1')).toEqual(['nato']);
  });

  it.each([
    ['type=animal', /type must be one of person, organization, place, other; got 'animal'/],
    ['limit=201', /limit must be a whole number from 1 to 200/],
    ['limit=ten', /limit must be a whole number from 1 to 200; got 'ten'/],
    ['cursor=abc', /unknown parameter 'cursor'/],
  ])('answers 400 bad_request for ?%s', async (query, message) => {
    const { status, body } = await get(`/entities?${query}`);
    expect(status).toBe(400);
    expect(body).toEqual({ error: { code: 'bad_request', message: expect.stringMatching(message) } });
  });
});

describe('GET /entities/{id}', () => {
  it('returns the entity record, and 404 JSON for an unknown one', async () => {
    const { body } = await get('/entities/pal-jonson');
    expect(body).toMatchObject({
      id: 'pal-jonson',
      aliases: ['Jonson'],
      articleCount: 2,
      role: 'Swedish Defence Minister',
    });
    const missing = await get('/entities/nobody');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: 'not_found', message: "There is no entity with the id 'nobody'." } });
  });
});
