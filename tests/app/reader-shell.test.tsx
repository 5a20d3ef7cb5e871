import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderReader } from '../fixtures/reader';

describe('the reader shell', () => {
  it('has a skip link, a banner with the home link, and a main landmark', async () => {
    renderReader('/');
    expect(await screen.findByRole('link', { name: 'Lede, latest stories' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('shows a not-found view with a way back for an unknown address', async () => {
    renderReader('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the latest stories' })).toHaveAttribute('href', '/');
  });
});
