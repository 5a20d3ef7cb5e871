import { expectConforming } from './openapi-validator';

/** Walks every route with the corpus's own ids, every page, and the error responses. */
export async function exerciseEveryRoute(api: string): Promise<number> {
  let checked = 0;
  const check = async (template: string, url: string, status = 200) => {
    checked += 1;
    return expectConforming(api, template, url, status);
  };
  let cursor: string | null = null;
  const articleIds: string[] = [];
  do {
    const page = (await check(
      '/articles',
      `/articles?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    )) as {
      items: Array<{ id: string }>;
      nextCursor: string | null;
    };
    articleIds.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  for (const id of articleIds) await check('/articles/{id}', `/articles/${encodeURIComponent(id)}`);
  const ranking = (await check('/entities', '/entities?limit=200')) as { items: Array<{ id: string }> };
  for (const { id } of ranking.items) {
    await check('/entities/{id}', `/entities/${encodeURIComponent(id)}`);
    await check('/entities', `/entities?entity=${encodeURIComponent(id)}&limit=5`);
    await check('/articles', `/articles?entity=${encodeURIComponent(id)}&limit=5`);
  }
  for (const type of ['person', 'organization', 'place', 'other']) await check('/entities', `/entities?type=${type}`);
  const sources = (await check('/sources', '/sources')) as { items: Array<{ id: string }> };
  for (const { id } of sources.items) await check('/articles', `/articles?source=${id}&limit=1`);
  await check('/articles', '/articles?q=the&limit=1');
  await check('/articles', '/articles?cursor=not-a-cursor', 400);
  await check('/articles', '/articles?limit=0', 400);
  await check('/entities', '/entities?type=animal', 400);
  await check('/articles/{id}', '/articles/no-such-story', 404);
  await check('/entities/{id}', '/entities/no-such-entity', 404);
  await check('/openapi.json', '/openapi.json');
  await check('/health', '/health');
  return checked;
}
