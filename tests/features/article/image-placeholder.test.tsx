import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../fixtures/articles';
import { memorySource } from '../../fixtures/reader';
import { renderArticle } from './render-article';

const TRACKER = 'https://tracker.example/pixel.jpg?reader=42';

function storyWith(url: string, alt = 'A harbour at dawn, cranes against the sky') {
  return makeArticle({ id: 'foreign-image', image: { url, alt, credit: 'Harbour Photo' } });
}

describe('a story image on a host the reader does not load from unasked', () => {
  it('shows its alt text, host and credit in the image’s own box, and loads nothing', async () => {
    const { container } = renderArticle({ id: 'foreign-image' }, { source: memorySource([storyWith(TRACKER)]) });

    const button = await screen.findByRole('button', { name: 'Load image' });
    expect(button).toHaveAccessibleDescription('Image not loaded: A harbour at dawn, cranes against the sky');
    const figure = screen.getByRole('figure');
    expect(within(figure).getByText('tracker.example')).toBeInTheDocument();
    expect(within(figure).getByText('Harbour Photo')).toBeInTheDocument();
    // The placeholder takes the image's box: 16:9 at the column's width.
    expect(button.parentElement).toHaveClass('aspect-video', 'w-full');
    expect(container.querySelector('img')).toBeNull();
  });

  it('loads it from the keyboard and puts focus on the image', async () => {
    const user = userEvent.setup();
    renderArticle({ id: 'foreign-image' }, { source: memorySource([storyWith(TRACKER)]) });
    const button = await screen.findByRole('button', { name: 'Load image' });

    await user.tab();
    while (document.activeElement !== button) await user.tab();
    await user.keyboard('{Enter}');

    const image = screen.getByRole('img', { name: 'A harbour at dawn, cranes against the sky' });
    expect(image).toHaveAttribute('src', TRACKER);
    expect(image).toHaveClass('aspect-video', 'w-full');
    expect(image).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Load image' })).not.toBeInTheDocument();
  });

  it('says so when the image has no alt text', async () => {
    renderArticle({ id: 'foreign-image' }, { source: memorySource([storyWith(TRACKER, '  ')]) });
    expect(await screen.findByRole('button', { name: 'Load image' })).toHaveAccessibleDescription(
      'Image not loaded: An image without a description',
    );
  });

  it('loads images of its own origin and of allow-listed https hosts at once', async () => {
    const own = `${window.location.origin}/data/images/harbour.jpg`;
    renderArticle({ id: 'foreign-image' }, { source: memorySource([storyWith(own)]) });
    expect(await screen.findByRole('img')).toHaveAttribute('src', own);
  });

  it('treats an http image on an allow-listed host as any other host', async () => {
    const imagePolicy = { origins: [window.location.origin], hosts: ['tracker.example'] };
    const story = storyWith('http://tracker.example/pixel.jpg');
    renderArticle({ id: 'foreign-image' }, { source: memorySource([story]), imagePolicy });
    expect(await screen.findByRole('button', { name: 'Load image' })).toBeInTheDocument();
  });
});
