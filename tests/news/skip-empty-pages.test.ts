// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { listArticlesSkippingEmpty, MAX_SKIPPED_PAGES } from '../../src/news/skip-empty-pages';
import type { ArticlePage, ArticleQuery, NewsSource } from '../../src/news/source';
import { makeSummary } from './http-fixtures';

const refused = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ label: `article #${i + 1}`, reason: 'no usable id' }));

/** A source whose pages are given by cursor; counts what it was asked. */
function pagedSource(pages: Record<string, ArticlePage>) {
  const listArticles = vi.fn((query: ArticleQuery) => Promise.resolve(pages[query.cursor ?? 'start']!));
  return { source: { kind: 'http', listArticles } as unknown as NewsSource, listArticles };
}

describe('listArticlesSkippingEmpty', () => {
  it('asks on past a page whose every story was refused, and keeps the count of what it skipped', async () => {
    const { source, listArticles } = pagedSource({
      start: { items: [], nextCursor: 'p2', total: 21, dropped: refused(20) },
      p2: { items: [makeSummary()], nextCursor: null, total: 21, dropped: [] },
    });
    const page = await listArticlesSkippingEmpty(source, {});
    expect(page.items.map((s) => s.id)).toEqual(['tram-opening']);
    expect(page).toMatchObject({ nextCursor: null, total: 21, skippedPages: 1 });
    expect(page.dropped).toHaveLength(20);
    expect(listArticles).toHaveBeenCalledTimes(2);
  });

  it('stops after its limit when a backend serves empty pages forever, leaving the cursor to the reader', async () => {
    let n = 0;
    const listArticles = vi.fn(() =>
      Promise.resolve({ items: [], nextCursor: `c${++n}`, total: 0, dropped: refused(1) }),
    );
    const source = { kind: 'http', listArticles } as unknown as NewsSource;
    const page = await listArticlesSkippingEmpty(source, {});
    expect(listArticles).toHaveBeenCalledTimes(MAX_SKIPPED_PAGES + 1);
    expect(page).toMatchObject({ items: [], nextCursor: `c${MAX_SKIPPED_PAGES + 1}`, skippedPages: MAX_SKIPPED_PAGES });
  });

  it('ends the list when a cursor leads back to a page it has read', async () => {
    const { source, listArticles } = pagedSource({
      start: { items: [], nextCursor: 'p2', total: 0, dropped: refused(1) },
      p2: { items: [], nextCursor: 'p2', total: 0, dropped: refused(1) },
    });
    const page = await listArticlesSkippingEmpty(source, {});
    expect(listArticles).toHaveBeenCalledTimes(2);
    expect(page.nextCursor).toBeNull();
  });

  it('returns a page with stories as it is, in one request', async () => {
    const { source, listArticles } = pagedSource({
      start: { items: [makeSummary()], nextCursor: 'p2', total: 9, dropped: [] },
    });
    expect(await listArticlesSkippingEmpty(source, {})).toMatchObject({ nextCursor: 'p2', skippedPages: 0 });
    expect(listArticles).toHaveBeenCalledTimes(1);
  });
});
