import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { MOCK_API as API, mockApiServer, mockApiSource as httpSource } from '../../fixtures/mock-api';
import { renderReader } from '../../fixtures/reader';
import { makeEntity, makeSummary } from '../../news/http-fixtures';

const server = mockApiServer();

describe('an entity page over data that needed repairs', { timeout: 15_000 }, () => {
  it('discloses in words what was repaired on the page and in its stories', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const story = makeSummary({ entities: [{ ...makeSummary().entities[0]!, id: 'ana-kihara', name: 'Ana Kihara' }] });
    server.use(
      http.get(`${API}/entities/ana-kihara`, () => HttpResponse.json({ ...makeEntity(), lastSeen: 'some day' })),
      http.get(`${API}/articles`, () =>
        HttpResponse.json({
          items: [{ ...story, image: { ...story.image, url: 'javascript:alert(1)' } }],
          nextCursor: null,
          total: 1,
        }),
      ),
      http.get(`${API}/entities`, () => HttpResponse.json({ items: [] })),
    );
    renderReader('/entities/ana-kihara', httpSource());

    const heading = await screen.findByRole('heading', { level: 1, name: 'Ana Kihara' });
    const header = within(heading.closest('header')!);
    await user.click(
      header.getByText('Shown with 1 repair: some of this page’s data was invalid and was fixed or left out.'),
    );
    const repairs = header.getByRole('list', { name: 'What was repaired' });
    expect(repairs).toBeVisible();
    expect(
      within(repairs)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Last-seen date unreadable: shown as unknown']);
    // The page still reads: the date it could not read is said to be unknown, not invented.
    expect(header.getByText('Last seen').nextElementSibling).toHaveTextContent(/unknown/i);

    const timeline = await screen.findByRole('region', { name: 'Stories mentioning Ana Kihara' });
    expect(
      await within(timeline).findByText(/1 story is shown with repairs: image dropped \(1\)\./),
    ).toBeInTheDocument();
  });
});
