import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/news/schema/article';
import { makeArticle } from '../../fixtures/articles';
import { memorySource, renderReader } from '../../fixtures/reader';
import { renderArticle } from './render-article';

/** Stories one hour apart, newest first: the feed order. */
function feed(count: number, names: (index: number) => string[] = () => []): Article[] {
  return Array.from({ length: count }, (_, index) =>
    makeArticle(
      {
        id: `story-${index}`,
        title: `Story number ${index}`,
        publishedAt: new Date(Date.UTC(2026, 10, 5, 23 - index)).toISOString().replace('.000Z', '+00:00'),
        topics: [index % 2 === 0 ? 'even' : 'odd'],
      },
      names(index),
    ),
  );
}

const nav = async () => within(await screen.findByRole('navigation', { name: 'More stories' }));

describe('moving between stories', () => {
  it('links to the neighbours in the feed, keeping the feed’s search', async () => {
    renderArticle({ id: 'story-2', search: { topic: 'even' } }, { source: memorySource(feed(8)) });

    const links = await nav();
    const previous = await links.findByRole('link', { name: /previous story/i });
    expect(previous).toHaveAttribute('href', '/articles/story-0?topic=even');
    expect(previous).toHaveTextContent('Story number 0');
    expect(links.getByRole('link', { name: /next story/i })).toHaveAttribute('href', '/articles/story-4?topic=even');
    expect(links.getByRole('link', { name: 'Back to stories' })).toHaveAttribute('href', '/?topic=even');
  });

  it('has no previous link on the newest story', async () => {
    renderArticle({ id: 'story-0' }, { source: memorySource(feed(3)) });

    const links = await nav();
    expect(await links.findByRole('link', { name: /next story/i })).toHaveAttribute('href', '/articles/story-1');
    expect(links.queryByRole('link', { name: /previous story/i })).not.toBeInTheDocument();
  });

  it('shows only the way back when the story is not in the feed', async () => {
    const { queryClient } = renderArticle(
      { id: 'story-1', search: { topic: 'even' } },
      { source: memorySource(feed(4)) },
    );

    const links = await nav();
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(links.getAllByRole('link').map((link) => link.textContent)).toEqual(['←\u00a0Back to stories']);
  });

  it('loads the next page when the story is the last one loaded', async () => {
    renderArticle({ id: 'story-19' }, { source: memorySource(feed(25)) });

    const links = await nav();
    expect(await links.findByRole('link', { name: /next story/i })).toHaveAttribute('href', '/articles/story-20');
    expect(links.getByRole('link', { name: /previous story/i })).toHaveAttribute('href', '/articles/story-18');
  });

  it('lists up to four other stories about the same person, not the same place', async () => {
    const articles = feed(7, (index) => (index === 6 ? ['Stockholm'] : ['Stockholm', 'Minoru Kihara']));
    for (const article of articles)
      for (const entity of article.entities) entity.type = entity.name === 'Stockholm' ? 'place' : 'person';
    renderArticle({ id: 'story-1' }, { source: memorySource(articles) });

    const related = await screen.findByRole('region', { name: 'Related stories' });
    const links = within(related).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/articles/story-0',
      '/articles/story-2',
      '/articles/story-3',
      '/articles/story-4',
    ]);
    expect(within(related).getByText('Minoru Kihara')).toBeInTheDocument();
  });

  it('leaves out related stories when there are none', async () => {
    const articles = feed(3, (index) => (index === 1 ? ['Nobody Else'] : []));
    const { queryClient } = renderArticle({ id: 'story-1' }, { source: memorySource(articles) });

    await (await nav()).findByRole('link', { name: /next story/i });
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(screen.queryByRole('region', { name: 'Related stories' })).not.toBeInTheDocument();
  });

  it('moves focus to the new headline after moving to another story, not on first load', async () => {
    const user = userEvent.setup();
    const { history } = renderReader('/articles/story-1', memorySource(feed(3)));

    expect(await screen.findByRole('heading', { level: 1, name: 'Story number 1' })).not.toHaveFocus();
    await user.click(await screen.findByRole('link', { name: /next story/i }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Story number 2' })).toHaveFocus());

    act(() => history.back());
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Story number 1' })).toHaveFocus());
  });
});
