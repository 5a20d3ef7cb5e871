import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EntityPage } from '../../../src/features/entities/entity-page';
import { isNewsError } from '../../../src/news/errors';
import type { NewsSource } from '../../../src/news/source';
import { RegionBoundary } from '../../../src/ui/region-boundary';
import { bundledCorpus, memorySource, renderWithReader } from '../../fixtures/reader';

function renderPage(id: string, source: NewsSource = memorySource()) {
  return renderWithReader(
    <RegionBoundary
      what="This page"
      fallback={<p>Loading</p>}
      renderError={(error) => <p>Failed: {isNewsError(error) ? error.kind : 'unknown'}</p>}
    >
      <EntityPage id={id} search={{}} />
    </RegionBoundary>,
    { source },
  );
}

describe('EntityPage', () => {
  it('heads the page with name, type, role, aliases, counts and a feed filter link', async () => {
    renderPage('minoru-kihara');
    expect(await screen.findByRole('heading', { level: 1, name: 'Minoru Kihara' })).toBeInTheDocument();
    const header = within(screen.getByRole('heading', { level: 1 }).closest('header') ?? document.body);
    expect(header.getByText('Person')).toBeInTheDocument();
    expect(header.getByText('Japanese Defense Minister')).toBeInTheDocument();
    expect(header.getByText(/Also known as/)).toHaveTextContent('Also known as Kihara, 木原稔');
    expect(header.getByText('6 stories')).toBeInTheDocument();
    expect(header.getByText('First seen').nextElementSibling?.querySelector('time')).toHaveAttribute(
      'dateTime',
      '2026-11-05T14:20:00+01:00',
    );
    expect(header.getByRole('link', { name: 'Filter the feed by Minoru Kihara' })).toHaveAttribute(
      'href',
      '/?entity=minoru-kihara',
    );
  });

  it('lists its stories newest first under a heading per day, linking to each story', async () => {
    renderPage('minoru-kihara');
    const timeline = await screen.findByRole('region', { name: 'Stories mentioning Minoru Kihara' });
    const days = await within(timeline).findAllByRole('heading', { level: 2 });
    const dates = days.map((day) => day.querySelector('time')?.getAttribute('dateTime') ?? '');
    expect(dates.at(-1)).toBe('2026-11-05');
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(
      within(timeline).getByRole('link', { name: /^Japan and Sweden pledge closer defence ties/ }),
    ).toHaveAttribute('href', '/articles/2026-11-05-kihara-jonson-stockholm');
    expect(within(timeline).getByText('Showing 6 of 6 stories.')).toBeInTheDocument();
    expect(within(timeline).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('links each co-occurring entity to the feed filtered by both', async () => {
    renderPage('minoru-kihara');
    const related = await screen.findByRole('region', { name: 'Often in the same stories' });
    const japan = within(related).getByRole('link', {
      name: 'Stories with both Minoru Kihara and Japan (place): 6 stories',
    });
    expect(japan).toHaveAttribute('href', '/?entity=minoru-kihara&entity=japan');
    expect(within(related).getAllByRole('link')).toHaveLength(12);
  });

  it('loads more stories a page at a time', async () => {
    const user = userEvent.setup();
    const story = bundledCorpus().articles.find((article) => article.id === '2026-11-05-kihara-jonson-stockholm');
    if (!story) throw new Error('fixture story missing');
    const copies = Array.from({ length: 25 }, (_, index) => ({
      ...story,
      id: `copy-${index}`,
      title: `Copy ${index}`,
      publishedAt: `2026-10-${String(index + 1).padStart(2, '0')}T12:00:00+00:00`,
    }));
    renderPage('minoru-kihara', memorySource(copies));
    expect(await screen.findByText('Showing 20 of 25 stories.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 25 of 25 stories.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Copy 0' })).toHaveAttribute('href', '/articles/copy-0');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('lets a not-found error reach the route, which shows its own view', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderPage('no-such-entity');
    expect(await screen.findByText('Failed: not-found')).toBeInTheDocument();
  });
});
