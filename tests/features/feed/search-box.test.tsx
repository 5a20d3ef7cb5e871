import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SearchBox } from '../../../src/features/feed/search-box';
import { memorySource, renderReader, renderWithReader } from '../../fixtures/reader';
import { mockLayout } from './layout';

configure({ asyncUtilTimeout: 5000 });

const searchbox = () => screen.getByRole('searchbox', { name: 'Search stories' });

describe('the search box', { timeout: 20_000 }, () => {
  it('is a search landmark; typing updates q once, after a pause, keeping the other filters', async () => {
    mockLayout();
    const user = userEvent.setup();
    const { history } = renderReader('/?entity=sweden');
    const seen: string[] = [];
    history.subscribe(() => seen.push(history.location.search));

    expect(await screen.findByRole('search', { name: 'Stories' })).toContainElement(searchbox());
    expect(searchbox()).toHaveAttribute('aria-keyshortcuts', '/');
    await user.type(searchbox(), 'defence');
    expect(history.location.search).toBe('?entity=sweden');

    await waitFor(() => expect(history.location.search).toBe('?entity=sweden&q=defence'));
    expect(seen).toEqual(['?entity=sweden&q=defence']);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Stories matching “defence” with Sweden' }),
    ).toBeInTheDocument();
    expect(searchbox()).toHaveValue('defence');
  });

  it('shows what the URL says when it changes under it, as with the back button', async () => {
    mockLayout();
    const { history } = renderReader('/?q=defence');
    await waitFor(() => expect(searchbox()).toHaveValue('defence'));

    history.push('/?q=storm');
    await waitFor(() => expect(searchbox()).toHaveValue('storm'));
    history.back();
    await waitFor(() => expect(searchbox()).toHaveValue('defence'));
  });

  it('clears the field and the search on Escape', async () => {
    mockLayout();
    const user = userEvent.setup();
    const { history } = renderReader('/?q=defence&topic=politics');
    await waitFor(() => expect(searchbox()).toHaveValue('defence'));

    await user.click(searchbox());
    await user.keyboard('{Escape}');
    expect(searchbox()).toHaveValue('');
    await waitFor(() => expect(history.location.search).toBe('?topic=politics'));
  });

  it('takes focus on "/" from anywhere, but not while the reader types elsewhere or composes', async () => {
    mockLayout();
    const user = userEvent.setup();
    renderWithReader(
      <>
        <SearchBox />
        <label>
          Note <input />
        </label>
      </>,
    );

    await user.keyboard('/');
    expect(searchbox()).toHaveFocus();
    expect(searchbox()).toHaveValue('');

    const note = screen.getByRole('textbox', { name: 'Note' });
    await user.click(note);
    await user.keyboard('a/b');
    expect(note).toHaveFocus();
    expect(note).toHaveValue('a/b');

    note.blur();
    fireEvent.keyDown(document.body, { key: '/', isComposing: true });
    expect(searchbox()).not.toHaveFocus();
  });

  it('goes to the feed when submitted from a story, keeping the feed filters', async () => {
    mockLayout();
    const [story] = (await memorySource().listArticles({})).items;
    const user = userEvent.setup();
    const { history } = renderReader(`/articles/${story!.id}?entity=sweden`);

    await user.type(await screen.findByRole('searchbox', { name: 'Search stories' }), 'storm{Enter}');
    await waitFor(() => expect(history.location.pathname).toBe('/'));
    expect(history.location.search).toBe('?entity=sweden&q=storm');
  });
});
