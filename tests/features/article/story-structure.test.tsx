import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../src/news/schema/article';
import { makeArticle } from '../../fixtures/articles';
import { memorySource } from '../../fixtures/reader';
import { renderArticle } from './render-article';

const body = [
  'Mayor Helena Strand opened the harbour bridge on Monday.',
  'What changes for commuters',
  'Bus line 4 returns to its old route.',
  'A cycle lane runs on the east side.',
  'We rebuilt it so our grandchildren can cross it too.',
  'Read the council report or a trick link.',
];

const story = makeArticle(
  {
    id: 'bridge-reopens',
    body,
    paragraphKinds: ['paragraph', 'heading', 'list-item', 'list-item', 'quote', 'paragraph'],
    links: [
      { paragraph: 0, start: 0, end: 19, href: 'https://larkmoor.example/mayor' },
      { paragraph: 5, start: 5, end: 23, href: 'https://larkmoor.example/report' },
    ],
    entities: [
      {
        id: 'helena-strand',
        name: 'Helena Strand',
        type: 'person',
        salience: 1,
        mentions: [{ paragraph: 0, start: 6, end: 19 }],
      },
    ],
  },
  [],
);

function renderStory(article = story) {
  return renderArticle({ id: article.id }, { source: memorySource([article]) });
}

describe('story structure in the reader', () => {
  it('renders headings, lists and quotes with their own semantics', async () => {
    renderStory();
    expect(await screen.findByRole('heading', { level: 2, name: 'What changes for commuters' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: '' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([body[2], body[3]]);
    const quote = document.querySelector('blockquote');
    expect(quote?.textContent).toBe(body[4]);
  });

  it('renders links as safe anchors that open the original in a new tab, with the mention inside', async () => {
    const user = userEvent.setup();
    renderStory();
    const report = await screen.findByRole('link', { name: 'the council report' });
    expect(report).toHaveAttribute('href', 'https://larkmoor.example/report');
    expect(report).toHaveAttribute('rel', 'noopener noreferrer');
    expect(report).toHaveAttribute('target', '_blank');
    const mayor = screen.getByRole('link', { name: /Mayor Helena Strand/ });
    const mark = within(mayor).getByRole('button', { name: 'Helena Strand, person: show details' });
    await user.click(mark);
    expect(await screen.findByRole('dialog', { name: 'Helena Strand' })).toBeInTheDocument();
  });

  it('shows a story from an older backend, without kinds or links, as paragraphs', async () => {
    const { paragraphKinds: _kinds, links: _links, ...plain } = story;
    expect(v.is(ArticleSchema, plain)).toBe(true);
    renderStory({ ...plain, id: 'plain-story' });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('heading', { level: 2, name: 'What changes for commuters' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'the council report' })).toBeNull();
    expect(screen.getByText(body[1]!).tagName).toBe('P');
  });
});

describe('the contract for structure', () => {
  it('refuses links with other schemes or outside the body, and kinds that do not match the body', () => {
    const bad = (overrides: object) => v.safeParse(ArticleSchema, { ...story, ...overrides });
    expect(bad({ links: [{ paragraph: 0, start: 0, end: 3, href: 'javascript:alert(1)' }] }).success).toBe(false);
    expect(bad({ links: [{ paragraph: 9, start: 0, end: 3, href: 'https://a.example/' }] }).success).toBe(false);
    expect(bad({ links: [{ paragraph: 0, start: 0, end: 999, href: 'https://a.example/' }] }).success).toBe(false);
    expect(bad({ paragraphKinds: ['heading'] }).success).toBe(false);
  });

  it('reads a kind it does not know as a paragraph', () => {
    const parsed = v.parse(ArticleSchema, {
      ...story,
      paragraphKinds: ['code', 'heading', 'list-item', 'list-item', 'quote', 'paragraph'],
    });
    expect(parsed.paragraphKinds?.[0]).toBe('paragraph');
  });
});
