import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mentionElementId } from '../../../src/ui/mention-ids';
import { bundledCorpus } from '../../fixtures/reader';
import { KIHARA_STORY, renderArticle } from './render-article';

// Each mark's name starts with its own words; a shortened mention adds the full name after them.
const kihara = () =>
  screen.getAllByRole('button', { name: /^(Minoru Kihara|Kihara \(Minoru Kihara\)), person: show details$/ });

describe('entity mentions in the story text', () => {
  it('marks every mention with its id, entity and the exact name or alias it slices', async () => {
    const { articles, entities } = bundledCorpus();
    const story = articles.find((article) => article.id === KIHARA_STORY)!;
    renderArticle();
    await screen.findByRole('heading', { level: 1 });

    const total = story.entities.reduce((sum, entity) => sum + entity.mentions.length, 0);
    expect(document.querySelectorAll('mark')).toHaveLength(total);
    for (const entity of story.entities) {
      const names = [entity.name, ...(entities.find((record) => record.id === entity.id)?.aliases ?? [])];
      entity.mentions.forEach((mention, index) => {
        const mark = document.getElementById(mentionElementId(entity.id, index));
        const slice = story.body[mention.paragraph]!.slice(mention.start, mention.end);
        expect(mark?.tagName).toBe('MARK');
        expect(mark).toHaveAttribute('data-entity-id', entity.id);
        expect(mark).toHaveAttribute('tabindex', '0');
        expect(mark?.textContent).toBe(slice);
        expect(names).toContain(slice);
      });
    }
    expect(kihara().map((mark) => mark.textContent)).toEqual(['Minoru Kihara', 'Kihara', 'Kihara']);
    expect(kihara().map((mark) => mark.getAttribute('aria-label'))).toEqual([
      'Minoru Kihara, person: show details',
      'Kihara (Minoru Kihara), person: show details',
      'Kihara (Minoru Kihara), person: show details',
    ]);
  });

  it('opens the card on keyboard focus, reports the highlight, and lets Tab into the card', async () => {
    const user = userEvent.setup();
    const { onHighlight } = renderArticle();
    await screen.findByRole('heading', { level: 1 });

    const mark = kihara()[0]!;
    while (document.activeElement !== mark) await user.tab();

    const card = screen.getByRole('dialog', { name: 'Minoru Kihara' });
    expect(card).toHaveTextContent('All about Minoru Kihara');
    expect(mark).toHaveAttribute('aria-expanded', 'true');
    expect(mark).toHaveAttribute('aria-controls', card.id);
    expect(onHighlight).toHaveBeenLastCalledWith('minoru-kihara');

    await user.tab();
    expect(screen.getByRole('link', { name: 'All about Minoru Kihara' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(mark).toHaveFocus();
    expect(mark).toHaveAttribute('aria-expanded', 'false');
    expect(onHighlight).toHaveBeenLastCalledWith(null);
  });

  it('moves from the end of the card on to what follows the mark', async () => {
    const user = userEvent.setup();
    renderArticle();
    await screen.findByRole('heading', { level: 1 });
    const mark = kihara()[0]!;

    mark.focus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'All about Minoru Kihara' })).toHaveFocus();
    await user.tab();
    // "Defense Minister Minoru Kihara, on a visit to the Swedish capital, went out of his way to endorse Sweden’s…"
    const sweden = document.getElementById(mentionElementId('sweden', 1));
    expect(sweden).toHaveFocus();
    expect(sweden).toHaveAttribute('aria-expanded', 'true');
    expect(mark).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('dialog', { name: 'Sweden' })).toBeInTheDocument();

    await user.tab({ shift: true });
    expect(mark).toHaveFocus();
    expect(screen.getByRole('dialog', { name: 'Minoru Kihara' })).toBeInTheDocument();
  });

  it('moves focus into the card when a mark is activated from the keyboard', async () => {
    const user = userEvent.setup();
    renderArticle();
    await screen.findByRole('heading', { level: 1 });

    kihara()[0]!.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Minoru Kihara' })).toHaveFocus();
  });

  it('keeps the card while the pointer moves onto it, and closes it on a press elsewhere', async () => {
    const user = userEvent.setup();
    const { onHighlight } = renderArticle();
    const heading = await screen.findByRole('heading', { level: 1 });

    await user.hover(kihara()[1]!);
    expect(onHighlight).toHaveBeenLastCalledWith('minoru-kihara');
    const card = screen.getByRole('dialog', { name: 'Minoru Kihara' });
    await user.hover(card);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(card).toBeInTheDocument();

    await user.click(heading);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onHighlight).toHaveBeenLastCalledWith(null);
  });

  it('closes a hovered card once the pointer has left', async () => {
    const user = userEvent.setup();
    renderArticle();
    await screen.findByRole('heading', { level: 1 });

    await user.hover(kihara()[0]!);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.unhover(kihara()[0]!);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('highlights every mark of the highlighted entity and no other', async () => {
    renderArticle({ highlightedEntityId: 'minoru-kihara' });
    await screen.findByRole('heading', { level: 1 });

    const highlighted = document.querySelectorAll('mark[data-highlighted="true"]');
    expect(highlighted).toHaveLength(3);
    for (const mark of highlighted) expect(mark).toHaveAttribute('data-entity-id', 'minoru-kihara');
  });
});
