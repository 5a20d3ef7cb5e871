import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StoryEntities, type StoryEntitiesProps } from '../../../src/features/entities/story-entities';
import { mentionElementId } from '../../../src/ui/mention-ids';
import { RegionBoundary } from '../../../src/ui/region-boundary';
import { bundledCorpus, memorySource, renderWithReader } from '../../fixtures/reader';

const STORY = '2026-11-05-kihara-jonson-stockholm';

function renderEntities(props: Partial<StoryEntitiesProps> = {}, source = memorySource()) {
  const onHighlight = vi.fn();
  const view = renderWithReader(
    <RegionBoundary what="The people and places" fallback={<p>Loading</p>}>
      <StoryEntities
        articleId={STORY}
        search={{}}
        highlightedEntityId={null}
        onHighlight={onHighlight}
        variant="sidebar"
        {...props}
      />
      <p>
        <mark id={mentionElementId('sweden', 0)} tabIndex={-1}>
          Sweden
        </mark>
      </p>
    </RegionBoundary>,
    { source },
  );
  return { onHighlight, ...view };
}

const entry = (name: string) => {
  const item = screen.getByRole('link', { name }).closest('li');
  if (!item) throw new Error(`no entry for ${name}`);
  return item;
};

// Role queries over a whole sidebar are slow in jsdom on a busy machine; each entry now has a Follow button too.
describe('StoryEntities', { timeout: 15_000 }, () => {
  // jsdom does not lay out, so it has no scrollIntoView of its own.
  const scrollIntoView = vi.fn();
  beforeEach(() => {
    scrollIntoView.mockClear();
    HTMLElement.prototype.scrollIntoView = scrollIntoView;
  });

  it('groups people, organizations and places, each ranked by salience, and skips empty groups', async () => {
    renderEntities();
    expect(await screen.findByRole('heading', { level: 2, name: 'In this story' })).toBeInTheDocument();
    const groups = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(groups).toEqual(['People', 'Organizations', 'Places']);

    const names = (group: string) =>
      within(screen.getByRole('region', { name: group }))
        .getAllByRole('listitem')
        .map((item) => within(item).getAllByRole('link')[0]?.textContent);
    expect(names('People')).toEqual(['Minoru Kihara', 'Pal Jonson']);
    expect(names('Places')).toEqual(['Sweden', 'Japan', 'Ukraine', 'Stockholm', 'Asia-Pacific', 'Russia', 'Europe']);

    const kihara = within(entry('Minoru Kihara'));
    expect(kihara.getByText('Japanese Defense Minister')).toBeInTheDocument();
    expect(kihara.getByText('3 mentions')).toBeInTheDocument();
    expect(within(entry('Stockholm')).getByText('1 mention')).toBeInTheDocument();
  });

  it('highlights an entity while its entry is hovered or focused', async () => {
    const user = userEvent.setup();
    const { onHighlight } = renderEntities();
    await user.hover(await screen.findByRole('link', { name: 'Japan' }));
    expect(onHighlight).toHaveBeenLastCalledWith('japan');
    await user.unhover(entry('Japan'));
    expect(onHighlight).toHaveBeenLastCalledWith(null);

    onHighlight.mockClear();
    screen.getByRole('link', { name: 'Minoru Kihara' }).focus();
    expect(onHighlight).toHaveBeenLastCalledWith('minoru-kihara');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show in text (Minoru Kihara)' })).toHaveFocus();
    expect(onHighlight).not.toHaveBeenCalledWith(null);
  });

  it('shows the entry as highlighted when the story highlights that entity', async () => {
    renderEntities({ highlightedEntityId: 'ukraine' });
    await screen.findByRole('link', { name: 'Ukraine' });
    expect(entry('Ukraine')).toHaveAttribute('data-highlighted', 'true');
    expect(entry('Japan')).not.toHaveAttribute('data-highlighted');
  });

  it('"Show in text" scrolls smoothly to the first mention and focuses it', async () => {
    const user = userEvent.setup();
    renderEntities();
    await user.click(await screen.findByRole('button', { name: 'Show in text (Sweden)' }));
    const mark = screen.getByText('Sweden', { selector: 'mark' });
    expect(mark).toHaveFocus();
    expect(scrollIntoView.mock.contexts[0]).toBe(mark);
    expect(scrollIntoView).toHaveBeenCalledWith({ behavior: 'smooth', block: 'center' });
  });

  it('jumps without animation when the reader prefers reduced motion', async () => {
    const user = userEvent.setup();
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) => ({ matches: query.includes('reduced-motion'), media: query }) as MediaQueryList,
    );
    renderEntities();
    await user.click(await screen.findByRole('button', { name: 'Show in text (Sweden)' }));
    expect(scrollIntoView).toHaveBeenCalledWith({ behavior: 'auto', block: 'center' });
  });

  it('links to the entity page and toggles the entity in the feed filters, keeping the search', async () => {
    renderEntities({ search: { entity: ['japan'], q: 'defence' } });
    expect(await screen.findByRole('link', { name: 'Sweden' })).toHaveAttribute(
      'href',
      '/entities/sweden?entity=japan&q=defence',
    );
    expect(screen.getByRole('link', { name: 'Filter the feed by this (Sweden)' })).toHaveAttribute(
      'href',
      '/?entity=japan&entity=sweden&q=defence',
    );
    expect(screen.getByRole('link', { name: 'Stop filtering the feed by this (Japan)' })).toHaveAttribute(
      'href',
      '/?q=defence',
    );
  });

  it('collapsible: "People and places (N)" is closed until opened, then shows every entry', async () => {
    const user = userEvent.setup();
    renderEntities({ variant: 'collapsible' });
    const summary = await screen.findByText('People and places (10)');
    const sweden = screen.getByRole('link', { name: 'Sweden', hidden: true });
    expect(sweden).not.toBeVisible();
    await user.click(summary);
    await waitFor(() => expect(sweden).toBeVisible());
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'People',
      'Organizations',
      'Places',
    ]);
  });

  it.each(['sidebar', 'collapsible'] as const)(
    '%s: says when the entities were detected from the text rather than sent',
    async (variant) => {
      const story = bundledCorpus().articles.find((article) => article.id === STORY);
      if (!story) throw new Error('fixture story missing');
      renderEntities({ variant }, memorySource([{ ...story, entitiesDetected: true }]));
      expect(
        await screen.findByText('Detected automatically from the text; names and roles may be imperfect.'),
      ).toBeInTheDocument();
    },
  );

  it('makes no such note for entities the backend sent', async () => {
    renderEntities();
    await screen.findByRole('link', { name: 'Sweden' });
    expect(screen.queryByText(/Detected automatically/)).not.toBeInTheDocument();
  });

  it('says so when the story names no one', async () => {
    const story = bundledCorpus().articles.find((article) => article.id === STORY);
    if (!story) throw new Error('fixture story missing');
    renderEntities({}, memorySource([{ ...story, entities: [] }]));
    expect(await screen.findByText('No people, organizations or places were found in this story.')).toBeInTheDocument();
  });

  it('shows the 8 most salient of a type, and the rest on "Show all"', async () => {
    const user = userEvent.setup();
    const story = bundledCorpus().articles.find((article) => article.id === STORY);
    if (!story) throw new Error('fixture story missing');
    const people = Array.from({ length: 20 }, (_, i) => ({
      id: `delegate-${i + 1}`,
      name: `Delegate ${String(i + 1).padStart(2, '0')}`,
      type: 'person' as const,
      salience: 1 - i / 20,
      mentions: [],
    }));
    renderEntities({}, memorySource([{ ...story, entities: people }]));

    const group = await screen.findByRole('region', { name: 'People' });
    const names = () =>
      within(group)
        .getAllByRole('listitem')
        .map((item) => within(item).getAllByRole('link')[0]?.textContent);
    expect(names()).toEqual(people.slice(0, 8).map((person) => person.name));

    await user.click(within(group).getByRole('button', { name: 'Show all 20 people' }));
    expect(names()).toEqual(people.map((person) => person.name));
    await user.click(within(group).getByRole('button', { name: 'Show fewer' }));
    expect(names()).toHaveLength(8);
  });
});
