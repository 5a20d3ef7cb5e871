import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FeedList } from '../../../src/features/feed/feed-list';
import { NewsError } from '../../../src/news/errors';
import type { ArticlePage, NewsSource } from '../../../src/news/source';
import { memorySource, renderWithReader } from '../../fixtures/reader';
import { mockLayout, scrollWindowTo } from './layout';

// Pages arrive through timers and the virtualizer settles over a few frames; on a busy machine
// that can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

/** The bundled corpus in feed order, to name the stories a test expects. */
async function corpusOrder() {
  const page = await memorySource().listArticles({ limit: 100 });
  return page.items;
}

function paramsOf(link: HTMLElement) {
  return new URL(link.getAttribute('href') ?? '', 'http://reader.test');
}

/** A source whose later pages wait for `release()`; the first page comes at once. */
function gatedSource(overrides: Partial<NewsSource> = {}) {
  const base = memorySource();
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const listArticles = vi.fn<NewsSource['listArticles']>(async (query) => {
    if (query.cursor) await gate;
    return base.listArticles(query);
  });
  return { source: { ...base, listArticles, ...overrides }, listArticles, release };
}

describe('the feed list', { timeout: 20_000 }, () => {
  it('renders only the rows near the viewport, with a count, headline links, times and entity chips', async () => {
    mockLayout();
    const [first] = await corpusOrder();
    renderWithReader(<FeedList search={{}} variant="page" />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Latest stories' })).toBeInTheDocument();
    expect(screen.getByText('40 stories')).toBeInTheDocument();
    const cards = screen.getAllByRole('article');
    expect(cards.length).toBeGreaterThan(2);
    expect(cards.length).toBeLessThan(20);
    expect(screen.getAllByRole('listitem', { hidden: false })[0]).toHaveAttribute('aria-setsize', '40');

    const card = within(cards[0]!);
    const headline = card.getByRole('link', { name: first!.title });
    expect(card.getByRole('heading', { level: 2 })).toContainElement(headline);
    expect(headline).toHaveAttribute('href', `/articles/${first!.id}`);
    expect(headline).toHaveAttribute('dir', 'auto');
    expect(card.getByText(first!.source.name)).toHaveAttribute('dir', 'auto');
    expect(cards[0]!.querySelector('time')).toHaveAttribute('datetime', first!.publishedAt);

    const chips = within(card.getByRole('list', { name: 'People and places' })).getAllByRole('link');
    expect(chips.length).toBeGreaterThan(0);
    expect(chips.length).toBeLessThanOrEqual(4);
    const firstEntity = first!.entities[0]!;
    expect(chips[0]).toHaveAccessibleName(`Filter by ${firstEntity.name}`);
    expect(paramsOf(chips[0]!).searchParams.getAll('entity')).toEqual([firstEntity.id]);
  });

  it('renders later stories as the window scrolls', async () => {
    mockLayout({ rowHeight: 200 });
    const stories = await corpusOrder();
    renderWithReader(<FeedList search={{}} variant="page" />);
    await screen.findByRole('link', { name: stories[0]!.title });
    expect(screen.queryByRole('link', { name: stories[12]!.title })).not.toBeInTheDocument();

    scrollWindowTo(12 * 200);
    expect(await screen.findByRole('link', { name: stories[12]!.title })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: stories[0]!.title })).not.toBeInTheDocument();
  });

  it('names the filters in the heading and as removable chips, and story links keep them', async () => {
    mockLayout();
    const user = userEvent.setup();
    const { router } = renderWithReader(<FeedList search={{ entity: ['sweden'], topic: 'defence' }} variant="page" />, {
      path: '/?entity=sweden&topic=defence',
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Stories with Sweden about defence' }),
    ).toBeInTheDocument();
    const active = within(screen.getByRole('list', { name: 'Active filters' }));
    expect(active.getByRole('button', { name: 'Remove filter: Sweden' })).toBeInTheDocument();
    const card = within(screen.getAllByRole('article')[0]!);
    expect(paramsOf(card.getAllByRole('link')[0]!).search).toBe('?entity=sweden&topic=defence');

    await user.click(active.getByRole('button', { name: 'Remove filter: Topic: defence' }));
    await waitFor(() => expect(router.history.location.search).toBe('?entity=sweden'));
  });

  it('shows an entity chip that is already a filter as on, and as the way to remove it', async () => {
    mockLayout();
    const [first] = await corpusOrder();
    const entity = first!.entities[0]!;
    renderWithReader(<FeedList search={{ entity: [entity.id] }} variant="page" />);

    const card = within((await screen.findAllByRole('article'))[0]!);
    const chip = card.getByRole('link', { name: `Remove filter: ${entity.name}` });
    expect(chip).toHaveTextContent('✓');
    expect(paramsOf(chip).search).toBe('');
  });

  it('loads the next page from the "Load more stories" button, then moves focus to the first new story', async () => {
    mockLayout();
    const stories = await corpusOrder();
    const { source, release } = gatedSource();
    const user = userEvent.setup();
    renderWithReader(<FeedList search={{}} variant="page" />, { source });

    await user.click(await screen.findByRole('button', { name: 'Load more stories' }));
    // The list's end status; the header has its own for "Mark all read".
    const endStatus = () => screen.getAllByRole('status').at(-1);
    expect(endStatus()).toHaveTextContent('Loading more stories…');
    expect(screen.getByRole('button', { name: 'Load more stories' })).toHaveAttribute('aria-disabled', 'true');

    release();
    await waitFor(() => expect(screen.getByRole('link', { name: stories[20]!.title })).toHaveFocus());
    expect(endStatus()).toHaveTextContent('You’re all caught up.');
    expect(screen.queryByRole('button', { name: 'Load more stories' })).not.toBeInTheDocument();
  });

  it('lets keyboard readers skip past the stories to the end of the list', async () => {
    mockLayout();
    const user = userEvent.setup();
    renderWithReader(<FeedList search={{}} variant="page" />);

    await user.click(await screen.findByRole('button', { name: 'Skip past the stories' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Load more stories' })).toHaveFocus();
  });

  it('fetches the next page by itself when the reader scrolls near the end', async () => {
    mockLayout({ rowHeight: 200 });
    const stories = await corpusOrder();
    const { source, listArticles, release } = gatedSource();
    release();
    renderWithReader(<FeedList search={{}} variant="page" />, { source });
    await screen.findByRole('link', { name: stories[0]!.title });
    expect(listArticles).toHaveBeenCalledTimes(1);

    scrollWindowTo(17 * 200);
    await waitFor(() =>
      expect(listArticles).toHaveBeenLastCalledWith(
        expect.objectContaining({ cursor: expect.any(String) }),
        expect.anything(),
      ),
    );
    scrollWindowTo(22 * 200);
    expect(await screen.findByRole('link', { name: stories[23]!.title })).toBeInTheDocument();
  });

  it('shows a failed next page inline with Retry, keeping the stories already shown', async () => {
    mockLayout();
    const stories = await corpusOrder();
    const base = memorySource();
    let failures = 1;
    const source = memorySource(undefined, undefined, {
      listArticles: (query) =>
        query.cursor && failures-- > 0
          ? Promise.reject(new NewsError('network', 'The news service did not answer.'))
          : base.listArticles(query),
    });
    const user = userEvent.setup();
    renderWithReader(<FeedList search={{}} variant="page" />, { source });

    await user.click(await screen.findByRole('button', { name: 'Load more stories' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('More stories could not be loaded');
    expect(alert).toHaveTextContent('The news service did not answer.');
    expect(screen.getByRole('link', { name: stories[0]!.title })).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(await screen.findByText('You’re all caught up.')).toBeInTheDocument();
  });

  it('says when stories were left out because their data was invalid', async () => {
    mockLayout();
    const base = memorySource();
    const source = memorySource(undefined, undefined, {
      listArticles: async (query): Promise<ArticlePage> => ({
        ...(await base.listArticles(query)),
        dropped: [{ label: "article 'broken'", reason: 'publishedAt is not a date' }],
      }),
    });
    renderWithReader(<FeedList search={{}} variant="page" />, { source });
    expect(await screen.findByText('1 story could not be shown because its data was invalid.')).toBeVisible();
  });

  it('counts stories shown with repairs beside those left out', async () => {
    mockLayout();
    const base = memorySource();
    const source = memorySource(undefined, undefined, {
      listArticles: async (query): Promise<ArticlePage> => ({
        ...(await base.listArticles(query)),
        repaired: [
          { label: "article 'a'", repairs: [{ field: 'image', reason: 'not an http(s) URL; left out' }] },
          {
            label: "article 'b'",
            repairs: [{ field: 'publishedAt', reason: 'a string, not a readable date; date unknown' }],
          },
        ],
      }),
    });
    renderWithReader(<FeedList search={{}} variant="page" />, { source });
    expect(
      await screen.findByText('2 stories are shown with repairs: image dropped (1), date unreadable (1).'),
    ).toBeVisible();
  });

  it('after a run of empty pages, stops asking on its own and lets the reader keep looking', async () => {
    mockLayout();
    const stories = await corpusOrder();
    let calls = 0;
    const listArticles = vi.fn<NewsSource['listArticles']>((query) => {
      calls += 1;
      const dropped = [{ label: `article #${calls}`, reason: 'no usable id (a-z, 0-9, -)' }];
      // Eight empty pages, then one story: more than one request's look-ahead allows.
      const items = calls > 8 && query.cursor ? stories.slice(0, 1) : [];
      return Promise.resolve({ items, nextCursor: calls > 8 ? null : `c${calls}`, total: 1, dropped });
    });
    const user = userEvent.setup();
    renderWithReader(<FeedList search={{}} variant="page" />, {
      source: memorySource(undefined, undefined, { listArticles }),
    });
    expect(await screen.findByText(/Lede read 5 pages of stories in a row without finding one/)).toBeVisible();
    expect(listArticles).toHaveBeenCalledTimes(5);
    await user.click(screen.getByRole('button', { name: 'Keep looking' }));
    expect(await screen.findByRole('link', { name: stories[0]!.title })).toBeInTheDocument();
    expect(listArticles).toHaveBeenCalledTimes(9);
    expect(screen.getByText('9 stories could not be shown because their data was invalid.')).toBeVisible();
  });

  it('explains an empty result and offers to remove each filter', async () => {
    mockLayout();
    renderWithReader(<FeedList search={{ q: 'zzzz', entity: ['sweden', 'japan'] }} variant="page" />);

    expect(await screen.findByText('No stories match “zzzz” with Sweden and Japan.')).toBeInTheDocument();
    expect(screen.getByText('0 stories')).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(paramsOf(screen.getByRole('link', { name: 'Clear the search “zzzz”' })).search).toBe(
      '?entity=sweden&entity=japan',
    );
    expect(paramsOf(screen.getByRole('link', { name: 'Remove Sweden' })).search).toBe('?q=zzzz&entity=japan');
    expect(paramsOf(screen.getByRole('link', { name: 'Remove Japan' })).search).toBe('?q=zzzz&entity=sweden');
    expect(paramsOf(screen.getByRole('link', { name: 'Show all stories' })).search).toBe('');
  });

  it('starts loading a story when its link is hovered or focused', async () => {
    mockLayout();
    const stories = await corpusOrder();
    const base = memorySource();
    const getArticle = vi.fn<NewsSource['getArticle']>((id) => base.getArticle(id));
    const user = userEvent.setup();
    renderWithReader(<FeedList search={{}} variant="page" />, { source: { ...base, getArticle } });

    await user.hover(await screen.findByRole('link', { name: stories[1]!.title }));
    expect(getArticle).toHaveBeenCalledWith(stories[1]!.id, expect.anything());

    screen.getByRole('link', { name: stories[2]!.title }).focus();
    expect(getArticle).toHaveBeenCalledWith(stories[2]!.id, expect.anything());
  });
});

describe('the feed pane beside a story', { timeout: 20_000 }, () => {
  it('marks the open story as current and scrolls it into its own scroll area', async () => {
    mockLayout({ rowHeight: 80, paneHeight: 400 });
    const stories = await corpusOrder();
    const current = stories[15]!;
    renderWithReader(<FeedList search={{}} variant="pane" currentId={current.id} />);

    expect(await screen.findByRole('heading', { level: 2, name: 'Latest stories' })).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: current.title });
    expect(link).toHaveAttribute('aria-current', 'page');
    expect(within(link.closest('article')!).getByRole('heading', { level: 3 })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: stories[0]!.title })).not.toBeInTheDocument();
  });
});
