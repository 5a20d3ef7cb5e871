import { expect, test } from '@playwright/test';
import { armTripwire, expectClean, serveApi } from './hostile-support';
import { snapshot } from './support';

/** A valid story as the API sends it in a list; the overrides break it the way a bad feed does. */
function summary(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    title: `Harbour story ${id}`,
    summary: 'The harbour reopened.',
    source: { id: 'coast-news', name: 'Coast News' },
    publishedAt: '2026-11-20T10:00:00Z',
    topics: ['harbours'],
    readingMinutes: 2,
    entities: [],
    ...overrides,
  };
}

const XSS = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const REFUSED = Array.from({ length: 20 }, (_, i) => ({ title: ' ', summary: '', n: i }));
const DEGRADED = summary('degraded-story', {
  title: `Degraded ${XSS}`,
  summary: undefined,
  author: ['Lia Costa', 'Rui Matos'],
  publishedAt: 'Fri, 20 Nov 2026 09:00:00 +0000',
  image: { url: 'javascript:alert(3)', alt: 'x' },
  url: 'javascript:alert(4)',
  entities: [{ id: 'rui-matos', name: 'Rui Matos', type: 'ENGINEER', salience: 0.5, mentionCount: 1 }],
});
const DETAIL = {
  ...DEGRADED,
  summary: undefined,
  publishedAt: 'sometime in November',
  body: ['Rui Matos said the harbour would reopen.', { html: `<b onclick="alert(5)">x</b>` }],
  entities: [
    {
      id: 'rui-matos',
      name: 'Rui Matos',
      type: 'ENGINEER',
      salience: 0.5,
      mentions: [
        { paragraph: 0, start: 0, end: 9 },
        { paragraph: 0, start: 5, end: 999 },
      ],
    },
  ],
};

test('a feed whose first page is all unreadable pages on, and degraded stories show with their repairs counted', async ({
  page,
}, info) => {
  const tripped = await armTripwire(page);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const seen = await serveApi(page, (url, route) => {
    if (url.pathname === '/api/articles' && !url.searchParams.has('cursor')) {
      return route.fulfill({ json: { items: REFUSED, nextCursor: 'p2', total: 22 } });
    }
    if (url.pathname === '/api/articles') {
      return route.fulfill({ json: { items: [summary('valid-story'), DEGRADED], nextCursor: null, total: 22 } });
    }
    if (url.pathname === '/api/articles/degraded-story') return route.fulfill({ json: DETAIL });
    if (url.pathname === '/api/entities') return route.fulfill({ json: { items: [] } });
    return route.fulfill({ status: 404, json: { error: { code: 'not-found', message: 'No.' } } });
  });
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Harbour story valid-story' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Degraded <img src=x onerror/ })).toBeVisible();
  await expect(page.getByText('20 stories could not be shown because their data was invalid.')).toBeVisible();
  await expect(page.getByText(/^1 story is shown with repairs: .*image dropped \(1\)/)).toBeVisible();
  expect(seen.filter((url) => url.pathname === '/api/articles').map((url) => url.searchParams.get('cursor'))).toEqual([
    null,
    'p2',
  ]);
  expect(warnings.filter((line) => line.startsWith('Lede left out'))).toHaveLength(20);
  expect(warnings.some((line) => line.startsWith("Lede repaired article 'degraded-story'"))).toBe(true);
  await expectClean(page, tripped);
  await snapshot(page, info, 'hostile-feed');

  await page.getByRole('link', { name: /^Degraded/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Degraded <img/ })).toBeVisible();
  await expect(page.getByText('Date unknown', { exact: true })).toBeVisible();
  await page.getByText(/^Shown with \d+ repairs: some of this story’s data was invalid/).click();
  const repaired = page.getByRole('list', { name: 'What was repaired' });
  await expect(
    repaired.getByRole('listitem').filter({ hasText: 'Image dropped: not an http(s) address' }),
  ).toBeVisible();
  await expect(repaired.getByRole('listitem').filter({ hasText: 'Date unreadable: shown as unknown' })).toBeVisible();
  await expect(page.getByText('By Lia Costa, Rui Matos')).toBeVisible();
  await expectClean(page, tripped);
  await snapshot(page, info, 'hostile-story');
});

test('a backend that sends only unreadable pages is asked a bounded number of times, then the reader decides', async ({
  page,
}) => {
  const tripped = await armTripwire(page);
  let served = 0;
  const seen = await serveApi(page, (url, route) => {
    if (url.pathname === '/api/articles') {
      served += 1;
      return route.fulfill({ json: { items: REFUSED, nextCursor: `c${served}`, total: 999 } });
    }
    return route.fulfill({ json: { items: [] } });
  });
  await page.goto('/');
  await expect(page.getByText(/Lede read 5 pages of stories in a row without finding one it could show/)).toBeVisible();
  await page.waitForTimeout(500);
  expect(seen.filter((url) => url.pathname === '/api/articles')).toHaveLength(5);
  await page.getByRole('button', { name: 'Keep looking' }).click();
  await expect.poll(() => seen.filter((url) => url.pathname === '/api/articles').length).toBe(10);
  await expectClean(page, tripped);
});
