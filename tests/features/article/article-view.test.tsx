import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../fixtures/articles';
import { memorySource } from '../../fixtures/reader';
import { renderArticle } from './render-article';

describe('the story view', () => {
  it('shows the headline, standfirst, byline, topics and a safe link to the original', async () => {
    renderArticle();

    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Japan and Sweden pledge closer defence ties and steady support for Ukraine',
    });
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(heading).toHaveAttribute('dir', 'auto');
    expect(screen.getByText(/endorsed Sweden’s place in NATO/)).toHaveAttribute('dir', 'auto');
    const header = within(heading.closest('header')!);
    expect(header.getByText('Nordic Wire')).toBeInTheDocument();
    expect(header.getByText('Ingrid Halvorsen')).toBeInTheDocument();
    expect(header.getByText('1 min read')).toBeInTheDocument();
    const time = heading.closest('header')!.querySelector('time');
    expect(time).toHaveAttribute('datetime', '2026-11-05T14:20:00+01:00');
    expect(time).toHaveTextContent(/2026/);
    const topics = header.getByRole('list', { name: 'Topics' });
    expect(within(topics).getByRole('link', { name: 'defence' })).toHaveAttribute('href', '/?topic=defence');

    const original = screen.getByRole('link', { name: 'Read the original at Nordic Wire (opens in a new tab)' });
    expect(original).toHaveAttribute('href', 'https://nordicwire.example/2026/11/05/japan-sweden-defence');
    expect(original).toHaveAttribute('target', '_blank');
    expect(original).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows an image from an allow-listed host at a fixed size with its credit', async () => {
    const story = makeArticle({
      id: 'with-image',
      image: { url: 'https://img.example/flags.jpg', alt: 'Two flags side by side', credit: 'Wire Photo' },
    });
    const imagePolicy = { origins: [window.location.origin], hosts: ['img.example'] };
    renderArticle({ id: story.id }, { source: memorySource([story]), imagePolicy });

    const image = await screen.findByRole('img', { name: 'Two flags side by side' });
    expect(image).toHaveAttribute('src', 'https://img.example/flags.jpg');
    expect(image).toHaveAttribute('width', '1200');
    expect(image).toHaveAttribute('height', '675');
    const figure = screen.getByRole('figure');
    expect(within(figure).getByText('Wire Photo')).toBeInTheDocument();
  });

  it('renders hostile text as text', async () => {
    const title = '<script>alert("title")</script>';
    const paragraph = 'Before <img src=x onerror="alert(1)"> after <b>bold</b>.';
    const story = makeArticle({
      id: 'hostile',
      title,
      summary: '<iframe src="https://evil.example">',
      body: [paragraph],
    });
    const { container } = renderArticle({ id: story.id }, { source: memorySource([story]) });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(title);
    expect(screen.getByText(paragraph)).toBeInTheDocument();
    expect(container.querySelector('script, img, iframe, b')).toBeNull();
  });

  it('never turns a javascript: URL into a link or an image', async () => {
    const story = makeArticle({
      id: 'sneaky',
      url: 'javascript:alert(1)',
      source: { id: 'nordic-wire', name: 'Nordic Wire', url: 'javascript:alert(2)' },
      image: { url: 'javascript:alert(3)', alt: 'A picture', credit: 'Nobody' },
    });
    const { container } = renderArticle({ id: story.id }, { source: memorySource([story]) });

    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('link', { name: /read the original/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    for (const link of container.querySelectorAll('a')) expect(link.getAttribute('href')).not.toMatch(/^javascript:/i);
  });

  it('puts belowHeadline between the header and the text', async () => {
    renderArticle({ belowHeadline: <section aria-label="People and places">Who is in it</section> });

    const heading = await screen.findByRole('heading', { level: 1 });
    const people = screen.getByRole('region', { name: 'People and places' });
    const firstMark = screen.getAllByRole('button', { name: /show details/ })[0];
    expect(heading.compareDocumentPosition(people) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(people.compareDocumentPosition(firstMark!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
