import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FeedEntities } from '../../../src/features/entities/feed-entities';
import { NewsError } from '../../../src/news/errors';
import type { FeedSearch } from '../../../src/news/feed-search';
import type { EntityQuery, NewsSource } from '../../../src/news/source';
import { RegionBoundary } from '../../../src/ui/region-boundary';
import { memorySource, renderWithReader } from '../../fixtures/reader';

function renderFeedEntities(search: FeedSearch, source: NewsSource = memorySource()) {
  return renderWithReader(
    <RegionBoundary what="The people and places" fallback={<p>Loading people and places</p>}>
      <FeedEntities search={search} />
    </RegionBoundary>,
    { source },
  );
}

describe('FeedEntities', () => {
  it('ranks who is in the stories, each link adding it to the feed filters', async () => {
    renderFeedEntities({});
    const heading = await screen.findByRole('heading', { level: 2, name: 'Who’s in these stories' });
    expect(heading).toHaveAttribute('id', 'feed-entities-heading');
    const links = within(screen.getByRole('list')).getAllByRole('link');
    expect(links).toHaveLength(12);
    expect(links[0]).toHaveAccessibleName('Filter by Sweden (place), 20 stories');
    expect(links[0]).toHaveAttribute('href', '/?entity=sweden');
    expect(screen.queryByText('Filtering by')).not.toBeInTheDocument();
  });

  it('counts within the active filters, lists them as removable, and never sends the feed words', async () => {
    const base = memorySource();
    const listEntities = vi.fn((query: EntityQuery, signal?: AbortSignal) => base.listEntities(query, signal));
    renderFeedEntities({ entity: ['minoru-kihara'], q: 'defence', topic: 'defence' }, { ...base, listEntities });

    const japan = await screen.findByRole('link', { name: /^Filter by Japan \(place\), \d+ stor/ });
    expect(japan).toHaveAttribute('href', '/?entity=minoru-kihara&entity=japan&q=defence&topic=defence');
    expect(listEntities).toHaveBeenCalledWith(
      { entities: ['minoru-kihara'], topic: 'defence', limit: 12 },
      expect.any(AbortSignal),
    );

    const filters = screen.getByRole('list', { name: 'Filtering by' });
    const remove = await within(filters).findByRole('link', { name: 'Stop filtering by Minoru Kihara' });
    expect(remove).toHaveAttribute('href', '/?q=defence&topic=defence');
    expect(screen.queryByRole('link', { name: /^Filter by Minoru Kihara/ })).not.toBeInTheDocument();
  });

  it('matches the engine: every count is the number of filtered stories naming that entity', async () => {
    const source = memorySource();
    renderFeedEntities({ entity: ['minoru-kihara'] }, source);
    await screen.findByRole('link', { name: /^Filter by Japan/ });
    const page = await source.listArticles({ entities: ['minoru-kihara', 'japan'] });
    expect(screen.getByRole('link', { name: /^Filter by Japan/ })).toHaveAccessibleName(
      `Filter by Japan (place), ${page.total} stories`,
    );
  });

  it('says so when the stories name no one', async () => {
    renderFeedEntities(
      {},
      memorySource(undefined, undefined, { listEntities: () => Promise.resolve({ items: [], dropped: [] }) }),
    );
    expect(await screen.findByText('No people, organizations or places in these stories.')).toBeInTheDocument();
  });

  it('fails inside its own region with a Retry that loads the list again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const base = memorySource();
    const listEntities = vi
      .fn((query: EntityQuery) => base.listEntities(query))
      .mockRejectedValueOnce(new NewsError('http', 'The news service answered 503.', { status: 503 }));
    renderFeedEntities({}, { ...base, listEntities });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The people and places could not be loaded');
    expect(alert).toHaveTextContent('The news service answered 503.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Who’s in these stories' })).toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(listEntities).toHaveBeenCalledTimes(2);
  });
});
