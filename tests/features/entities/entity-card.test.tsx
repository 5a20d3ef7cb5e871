import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EntityCard } from '../../../src/features/entities/entity-card';
import { NewsError } from '../../../src/news/errors';
import type { ArticleEntity } from '../../../src/news/schema/article';
import { bundledCorpus, memorySource, renderWithReader } from '../../fixtures/reader';

function storyEntity(id: string): ArticleEntity {
  const story = bundledCorpus().articles.find((article) => article.id === '2026-11-05-kihara-jonson-stockholm');
  const entity = story?.entities.find((item) => item.id === id);
  if (!entity) throw new Error(`fixture entity ${id} missing`);
  return entity;
}

describe('EntityCard', () => {
  it('shows name, type, role, mentions here and, once counted, stories overall', async () => {
    renderWithReader(<EntityCard entity={storyEntity('minoru-kihara')} search={{}} />);
    expect(await screen.findByText('Minoru Kihara', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByText('Person')).toBeInTheDocument();
    expect(screen.getByText('Japanese Defense Minister')).toBeInTheDocument();
    expect(screen.getByText('3 mentions in this story')).toBeInTheDocument();
    expect(screen.getByText('Counting stories…')).toBeInTheDocument();
    expect(await screen.findByText('In 6 stories')).toBeInTheDocument();
    expect(screen.queryByText('Counting stories…')).not.toBeInTheDocument();
  });

  it('links to the entity page and to the feed filtered by the entity', async () => {
    renderWithReader(<EntityCard entity={storyEntity('north-atlantic-treaty-organization')} search={{ q: 'nato' }} />);
    expect(await screen.findByRole('link', { name: 'More about North Atlantic Treaty Organization' })).toHaveAttribute(
      'href',
      '/entities/north-atlantic-treaty-organization?q=nato',
    );
    expect(
      screen.getByRole('link', { name: 'Filter the feed by this (North Atlantic Treaty Organization)' }),
    ).toHaveAttribute('href', '/?q=nato&entity=north-atlantic-treaty-organization');
  });

  it('leaves the story count out when the entity record cannot be loaded', async () => {
    const source = memorySource(undefined, undefined, {
      getEntity: () => Promise.reject(new NewsError('network', 'The news service could not be reached.')),
    });
    renderWithReader(<EntityCard entity={storyEntity('pal-jonson')} search={{}} />, { source });
    await waitFor(() => expect(screen.queryByText('Counting stories…')).not.toBeInTheDocument());
    expect(screen.queryByText(/^In \d+ stor/)).not.toBeInTheDocument();
    expect(screen.getByText('2 mentions in this story')).toBeInTheDocument();
  });
});
