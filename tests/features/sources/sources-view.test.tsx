import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { makeSummary } from '../../news/http-fixtures';
import { MOCK_API as API, mockApiServer, mockApiSource as httpSource } from '../../fixtures/mock-api';
import { memorySource, renderReader } from '../../fixtures/reader';
import { at, makeSourceRecord } from './source-fixtures';

const server = mockApiServer();

const healthy = makeSourceRecord({
  health: { lastFetchAt: at(-5), lastSuccessAt: at(-5), lastError: null, itemsSeen: 12, nextFetchAt: at(25) },
});
const failing = makeSourceRecord({
  id: 'quay-post',
  name: 'Quay Post',
  url: 'https://quaypost.example/rss',
  siteUrl: undefined,
  status: 'failing',
  health: {
    lastFetchAt: at(-2),
    lastSuccessAt: null,
    lastError: 'the server answered 404',
    itemsSeen: 0,
    nextFetchAt: at(60),
  },
});

function entryFor(name: string): HTMLElement {
  return screen.getByRole('listitem', { name });
}

describe('the Sources view', { timeout: 15_000 }, () => {
  it('lists each source from the API with its health in words', async () => {
    server.use(http.get(`${API}/sources`, () => HttpResponse.json({ items: [healthy, failing] })));
    renderReader('/sources', httpSource());

    expect(await screen.findByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Sources' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);

    const gazette = entryFor('Harbour Gazette');
    expect(within(gazette).getByText('Fetched every 30 minutes')).toBeInTheDocument();
    expect(within(gazette).getByText('Last error').nextElementSibling).toHaveTextContent('none');
    expect(within(gazette).getByText('Items seen').nextElementSibling).toHaveTextContent('12 stories');
    expect(within(gazette).getByText('Last fetch').nextElementSibling).toHaveTextContent('5 minutes ago');
    expect(within(gazette).getByText('Next fetch').nextElementSibling).toHaveTextContent('in 25 minutes');
    const site = within(gazette).getByRole('link', { name: 'https://harbourgazette.example/' });
    expect(site).toHaveAttribute('rel', 'noopener noreferrer');

    const quay = entryFor('Quay Post');
    expect(within(quay).getByText('Failing: retrying later, less often')).toBeInTheDocument();
    expect(within(quay).getByText('Last error').nextElementSibling).toHaveTextContent('the server answered 404');
    expect(within(quay).getByText('Last success').nextElementSibling).toHaveTextContent('never');
    expect(within(quay).getByText('Items seen').nextElementSibling).toHaveTextContent('0 stories');
  });

  it('links each source to the feed filtered to its stories', async () => {
    server.use(http.get(`${API}/sources`, () => HttpResponse.json({ items: [healthy] })));
    renderReader('/sources', httpSource());
    const link = await screen.findByRole('link', { name: 'Stories from Harbour Gazette' }, { timeout: 5000 });
    expect(link).toHaveAttribute('href', '/?source=harbour-gazette');
  });

  it('has no admin controls without a token: read-only', async () => {
    server.use(http.get(`${API}/sources`, () => HttpResponse.json({ items: [healthy] })));
    renderReader('/sources', httpSource());
    await screen.findByRole('list', { name: 'Sources' });
    expect(screen.queryByRole('button', { name: /remove/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /refresh/i })).not.toBeInTheDocument();
  });

  it('on a read-only server says the operator manages the sources, and how, with no controls', async () => {
    server.use(http.get(`${API}/sources`, () => HttpResponse.json({ items: [healthy], writable: false })));
    renderReader('/sources', httpSource());
    await screen.findByRole('list', { name: 'Sources' });
    const main = screen.getByRole('main');
    expect(within(main).getByText(/managed by its operator/)).toHaveTextContent(
      /LEDE_ADMIN_TOKEN.*npm run lede -- sources add URL/,
    );
    expect(within(main).queryByRole('heading', { name: 'Manage sources' })).not.toBeInTheDocument();
    expect(within(main).queryByLabelText('Admin token')).not.toBeInTheDocument();
    expect(within(main).queryByRole('button')).not.toBeInTheDocument();
  });

  it('on a writable server offers to turn on the admin controls', async () => {
    server.use(http.get(`${API}/sources`, () => HttpResponse.json({ items: [healthy], writable: true })));
    renderReader('/sources', httpSource());
    expect(await screen.findByRole('form', { name: 'Manage sources' })).toBeInTheDocument();
    expect(screen.getByLabelText('Admin token')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Turn on admin controls' })).toBeInTheDocument();
    expect(screen.queryByText(/managed by its operator/)).not.toBeInTheDocument();
  });

  it('on a read-only server with no sources yet still says who manages them', async () => {
    server.use(http.get(`${API}/sources`, () => HttpResponse.json({ items: [], writable: false })));
    renderReader('/sources', httpSource());
    expect(await screen.findByText('There are no sources yet.')).toBeInTheDocument();
    expect(screen.getByText(/managed by its operator/)).toBeInTheDocument();
  });

  it('drops a malformed source and says so, keeping the others', async () => {
    const broken = { ...failing, health: { ...failing.health, lastFetchAt: 'yesterday' } };
    server.use(http.get(`${API}/sources`, () => HttpResponse.json({ items: [healthy, broken] })));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderReader('/sources', httpSource());
    expect(await screen.findByText('1 source could not be shown because its data was invalid.')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows a failure in its own region with a retry, the shell still working', async () => {
    server.use(
      http.get(`${API}/sources`, () =>
        HttpResponse.json({ error: { code: 'internal', message: 'boom' } }, { status: 500 }),
      ),
    );
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderReader('/sources', httpSource());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The sources could not be loaded');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lede, latest stories' })).toBeInTheDocument();
  });

  it('lists the bundled corpus’s publishers for the fixture source, never fetched', async () => {
    const fixture = memorySource();
    renderReader('/sources', fixture);
    const entry = await screen.findByRole('listitem', { name: 'Nordic Wire' });
    expect(within(entry).getByText('Bundled with Lede: never fetched')).toBeInTheDocument();
    // Not a broken server: the view says sources belong to a Lede server, and offers nothing to manage.
    expect(screen.getByText(/Feeds to subscribe to belong to a Lede server/)).toHaveTextContent(
      /npm start.*apiBaseUrl/,
    );
    expect(screen.queryByLabelText('Admin token')).not.toBeInTheDocument();
    expect(within(entry).getByText('Next fetch').nextElementSibling).toHaveTextContent('never');
    expect(
      Number(/\d+/.exec(within(entry).getByText('Items seen').nextElementSibling?.textContent ?? '')?.[0]),
    ).toBeGreaterThan(0);
  });

  it('is reached from the navigation', async () => {
    server.use(http.get(`${API}/sources`, () => HttpResponse.json({ items: [healthy] })));
    renderReader('/', memorySource());
    const link = await screen.findByRole('link', { name: 'Sources' });
    expect(link).toHaveAttribute('href', '/sources');
  });
});

describe('the feed’s source filter over the source list', { timeout: 15_000 }, () => {
  it('names a source that has no stories yet from the sources list', async () => {
    server.use(
      http.get(`${API}/sources`, () => HttpResponse.json({ items: [healthy] })),
      http.get(`${API}/articles`, () => HttpResponse.json({ items: [], nextCursor: null, total: 0 })),
      http.get(`${API}/entities`, () => HttpResponse.json({ items: [] })),
    );
    renderReader('/?source=harbour-gazette', httpSource());
    expect(await screen.findByRole('heading', { level: 1, name: 'Stories from Harbour Gazette' })).toBeInTheDocument();
  });

  it('filters the stories by the source id the API was asked for', async () => {
    const asked: string[] = [];
    server.use(
      http.get(`${API}/articles`, ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('source') ?? '');
        return HttpResponse.json({
          items: [makeSummary({ source: { id: 'harbour-gazette', name: 'Harbour Gazette' } })],
          nextCursor: null,
          total: 1,
        });
      }),
      http.get(`${API}/entities`, () => HttpResponse.json({ items: [] })),
    );
    renderReader('/?source=harbour-gazette', httpSource());
    expect(await screen.findByRole('heading', { level: 1, name: 'Stories from Harbour Gazette' })).toBeInTheDocument();
    expect(asked).toContain('harbour-gazette');
  });
});
