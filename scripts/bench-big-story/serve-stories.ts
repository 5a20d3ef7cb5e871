import type { BrowserContext, Page, Route } from '@playwright/test';
import { entityRecord, summaryOf, type BigStory } from './big-stories';

export const BENCH_API = '/bench-api';

/**
 * Answers the reader's API calls for the big stories from inside the browser context, so the
 * built app runs unchanged against a backend that sends them. Each body is serialized once.
 */
export async function serveBigStories(target: Page | BrowserContext, stories: readonly BigStory[]): Promise<void> {
  const bodies = new Map(stories.map((story) => [story.article.id, JSON.stringify(story.article)]));
  const index = stories.map((story) => ({
    ids: new Set(story.article.entities.map((e) => e.id)),
    summary: summaryOf(story.article),
  }));
  const json = (route: Route, body: unknown, status = 200) =>
    route.fulfill({
      status,
      contentType: 'application/json',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const notFound = { error: { code: 'not-found', message: 'Not in the benchmark corpus.' } };

  await target.route('**/config.json', (route) => json(route, { apiBaseUrl: BENCH_API }));
  await target.route(`**${BENCH_API}/**`, (route) => {
    const url = new URL(route.request().url());
    const [kind, id] = url.pathname
      .slice(BENCH_API.length + 1)
      .split('/')
      .map(decodeURIComponent);
    if (kind === 'articles' && id) {
      const body = bodies.get(id);
      return body ? json(route, body) : json(route, notFound, 404);
    }
    if (kind === 'articles') {
      const wanted = url.searchParams.getAll('entity');
      const items = index.filter(({ ids }) => wanted.every((e) => ids.has(e))).map(({ summary }) => summary);
      return json(route, { items, nextCursor: null, total: items.length });
    }
    if (kind === 'entities' && id) {
      const record = stories.map((story) => entityRecord(story.article, id)).find((r) => r !== undefined);
      return record ? json(route, record) : json(route, notFound, 404);
    }
    if (kind === 'entities') return json(route, { items: [] });
    return json(route, notFound, 404);
  });
}
