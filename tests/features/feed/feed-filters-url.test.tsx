import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { memorySource, renderReader } from '../../fixtures/reader';
import { mockLayout, scrollWindowTo } from './layout';

configure({ asyncUtilTimeout: 5000 });

/** Headlines of the story cards in the DOM, in order. */
// The headline links: the heading also says "Unread", which opening a story changes.
const shownTitles = () =>
  screen.getAllByRole('article').map((card) => within(within(card).getByRole('heading')).getByRole('link').textContent);

describe('the feed in the whole reader', { timeout: 20_000 }, () => {
  it('removes one filter, then all, through the chips, updating the URL and the heading', async () => {
    mockLayout();
    const user = userEvent.setup();
    const { history } = renderReader('/?entity=sweden&topic=defence');

    const active = within(await screen.findByRole('list', { name: 'Active filters' }));
    await user.click(active.getByRole('button', { name: 'Remove filter: Sweden' }));
    await waitFor(() => expect(history.location.search).toBe('?topic=defence'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Stories about defence' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(history.location.search).toBe(''));
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest stories' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Active filters' })).not.toBeInTheDocument();
  });

  it('adds an entity filter from a story card chip', async () => {
    mockLayout();
    const [first] = (await memorySource().listArticles({})).items;
    const entity = first!.entities[0]!;
    const user = userEvent.setup();
    const { history } = renderReader('/');

    const card = within((await screen.findAllByRole('article'))[0]!);
    await user.click(card.getByRole('link', { name: `Filter by ${entity.name}` }));
    await waitFor(() => expect(history.location.search).toBe(`?entity=${entity.id}`));
    expect(await screen.findByRole('heading', { level: 1, name: `Stories with ${entity.name}` })).toBeInTheDocument();
  });

  it('comes back from a story to the same stories at the same scroll position', async () => {
    mockLayout({ rowHeight: 300 });
    const stories = (await memorySource().listArticles({ limit: 40 })).items;
    const user = userEvent.setup();
    const { history } = renderReader('/');
    await screen.findByRole('link', { name: stories[0]!.title });

    // Scroll down the way a reader does, so every row on the way is measured.
    for (let row = 2; row <= 10; row += 2) {
      scrollWindowTo(row * 300);
      await screen.findByRole('link', { name: stories[row]!.title });
    }
    const opened = await screen.findByRole('link', { name: stories[11]!.title });
    const shownBefore = shownTitles();
    await user.click(opened);
    await waitFor(() => expect(history.location.pathname).toBe(`/articles/${stories[11]!.id}`));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { level: 1, name: 'Latest stories' })).not.toBeInTheDocument(),
    );

    history.back();
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest stories' })).toBeInTheDocument();
    await waitFor(() => expect(window.scrollY).toBe(10 * 300));
    await waitFor(() => expect(shownTitles()).toEqual(shownBefore));
  });
});
