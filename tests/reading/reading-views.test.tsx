import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FeedList } from '../../src/features/feed/feed-list';
import { SettingsView } from '../../src/features/settings/settings-view';
import { createReadingStore } from '../../src/reading/store';
import { memoryStateStorage, type StateStorage } from '../../src/reading/storage';
import { memorySource, renderReader, renderWithReader } from '../fixtures/reader';
import { mockLayout } from '../features/feed/layout';

const denied: StateStorage = {
  load: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  save: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

describe('reading state in the reader', { timeout: 20_000 }, () => {
  it('reads stories with storage denied and says state will not be kept', async () => {
    renderReader('/', memorySource(), 390, createReadingStore(denied));
    expect(await screen.findByText('40 stories', undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText(/last only for this visit/)).toBeInTheDocument();
  });

  it('says stored state could not be read, and starts afresh', async () => {
    renderReader('/', memorySource(), 390, createReadingStore(memoryStateStorage('{"version": 2')));
    expect(await screen.findByText('40 stories', undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText(/could not be read \(it is not JSON\)/)).toBeInTheDocument();
  });

  it('opening a story marks it read; "Mark unread" puts it back', async () => {
    const store = createReadingStore(memoryStateStorage());
    const user = userEvent.setup();
    const { history } = renderReader('/articles/2026-11-05-kihara-jonson-stockholm', memorySource(), 390, store);
    await screen.findByRole('heading', { level: 1, name: /Japan and Sweden pledge/ });
    expect(store.getState().read).toEqual(['2026-11-05-kihara-jonson-stockholm']);
    await user.click(screen.getByRole('button', { name: 'Mark unread' }));
    expect(store.getState().read).toEqual([]);
    expect(screen.getByRole('button', { name: 'Mark read' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Save Japan and Sweden/ }));
    expect(store.getState().saved).toEqual(['2026-11-05-kihara-jonson-stockholm']);
    expect(history.location.pathname).toBe('/articles/2026-11-05-kihara-jonson-stockholm');
  });
});

describe('the feed with reading state', { timeout: 20_000 }, () => {
  it('marks unread stories, marks all in the view read, and undoes exactly that', async () => {
    mockLayout();
    const store = createReadingStore(memoryStateStorage());
    const user = userEvent.setup();
    renderWithReader(<FeedList search={{ entity: ['minoru-kihara'] }} variant="page" />, { readingStore: store });
    const headings = await screen.findAllByRole('heading', { level: 2 });
    const first = headings[0]!;
    const firstId = within(first).getByRole('link').getAttribute('href')?.split('/').pop()?.split('?')[0] ?? '';
    store.update((state) => ({ ...state, read: [firstId] }));
    await waitFor(() => expect(first).not.toHaveTextContent('Unread'));
    expect(headings[1]).toHaveTextContent(/^Unread:/);

    await user.click(screen.getByRole('button', { name: 'Mark all in this view read' }));
    expect(screen.getByText(`Marked ${headings.length - 1} stories read.`)).toBeInTheDocument();
    expect(screen.queryByText(/^Unread:/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().read).toEqual([firstId]);
  });
});

describe('settings', () => {
  it('applies a setting to the store at once', async () => {
    const store = createReadingStore(memoryStateStorage());
    const user = userEvent.setup();
    renderWithReader(<SettingsView />, { readingStore: store });
    await user.click(await screen.findByRole('radio', { name: 'Sepia' }));
    await user.click(screen.getByRole('radio', { name: 'Larger' }));
    expect(store.getState().settings).toEqual({ textSize: 'larger', theme: 'sepia', density: 'comfortable' });
  });

  it('refuses a bad import in plain words and keeps the current state; a good one replaces it', async () => {
    const store = createReadingStore(memoryStateStorage());
    store.update((state) => ({ ...state, saved: ['kept'] }));
    const user = userEvent.setup();
    renderWithReader(<SettingsView />, { readingStore: store });
    const input = await screen.findByLabelText('Import from a file');

    await user.upload(
      input,
      new File(['{"version":2,"read":[],"saved":"x"}'], 'bad.json', { type: 'application/json' }),
    );
    expect(await screen.findByText(/Nothing was imported: bad.json/)).toHaveTextContent('"saved" should be a list');
    expect(store.getState().saved).toEqual(['kept']);

    const good = JSON.stringify({ version: 1, read: ['a', 'b'], saved: [] });
    await user.upload(input, new File([good], 'old.json', { type: 'application/json' }));
    expect(await screen.findByText(/Imported old.json: 2 read, 0 saved, 0 followed/)).toBeInTheDocument();
    expect(store.getState().saved).toEqual([]);
  });
});
