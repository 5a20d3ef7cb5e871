import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderReader } from '../fixtures/reader';

// The first render loads the shell and the feed's lazy code: slow on a busy machine.
describe('the reader shell', { timeout: 15_000 }, () => {
  it('has a skip link, a banner with the home link, and a main landmark', async () => {
    renderReader('/');
    const home = await screen.findByRole('link', { name: 'Lede, latest stories' });
    expect(home).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    // jsdom's role rules also count the feed's own <header> inside <main>; the page banner holds the home link.
    expect(screen.getAllByRole('banner').some((banner) => banner.contains(home))).toBe(true);
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('ignores invalid feed params instead of failing', async () => {
    renderReader('/?entity=%3Cscript%3E&source=..%2F..');
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest stories' })).toBeInTheDocument();
    expect(await screen.findByText('40 stories')).toBeInTheDocument();
  });

  it('shows a not-found view with a way back for an unknown address', async () => {
    renderReader('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the latest stories' })).toHaveAttribute('href', '/');
  });
});
