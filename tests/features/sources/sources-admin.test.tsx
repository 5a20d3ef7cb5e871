import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, type DefaultBodyType, type StrictRequest } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpSource } from '../../../src/news/http/http-source';
import type { SourceRecord } from '../../../src/news/schema/source-record';
import { memorySource, renderReader } from '../../fixtures/reader';
import { makeSourceRecord } from './source-fixtures';

const API = 'http://news.test/api';
const TOKEN = 'the-admin-token-0123456789';
const server = setupServer();
// A lazy route, a token check and a list load in turn: more than the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const gazette = makeSourceRecord();

/** A Lede server's sources routes over a list it keeps, refusing any other token with a 401. */
function fakeAdminApi(initial: SourceRecord[] = [gazette]) {
  const sources = [...initial];
  const calls: { method: string; path: string; body: string }[] = [];
  const error = (status: number, code: string, message: string) =>
    HttpResponse.json({ error: { code, message } }, { status });
  const admin =
    (answer: (request: StrictRequest<DefaultBodyType>, id: string, body: string) => Response | Promise<Response>) =>
    async ({ request, params }: { request: StrictRequest<DefaultBodyType>; params: Record<string, unknown> }) => {
      if (request.headers.get('authorization') !== `Bearer ${TOKEN}`)
        return error(401, 'unauthorized', 'Send Authorization: Bearer <LEDE_ADMIN_TOKEN>.');
      const body = await request.text();
      calls.push({ method: request.method, path: new URL(request.url).pathname, body });
      return answer(request, typeof params.id === 'string' ? params.id : '', body);
    };
  server.use(
    http.get(`${API}/sources`, () => HttpResponse.json({ items: sources })),
    http.get(
      `${API}/sources/export`,
      admin(() => new HttpResponse('<opml version="2.0"/>', { headers: { 'content-type': 'text/x-opml' } })),
    ),
    http.post(
      `${API}/sources/import`,
      admin(() => {
        const added = makeSourceRecord({ id: 'quay-post', name: 'Quay Post', url: 'https://quaypost.example/rss' });
        sources.push(added);
        return HttpResponse.json({ added: [added], skipped: [{ url: 'ftp://old.example/', reason: 'not http(s)' }] });
      }),
    ),
    http.post(
      `${API}/sources`,
      admin((_request, _id, body) => {
        const { url } = JSON.parse(body) as { url: string };
        if (url.includes('not-a-feed'))
          return error(422, 'not_a_feed', `${url} is not a feed, and its page names none.`);
        const added = makeSourceRecord({ id: 'larkmoor', name: 'Larkmoor Gazette', url });
        sources.push(added);
        return HttpResponse.json(added, { status: 201 });
      }),
    ),
    http.post(
      `${API}/sources/:id/refresh`,
      admin((_request, id) => {
        const source = sources.find((s) => s.id === id)!;
        return HttpResponse.json({ source, notModified: false, found: 4, written: 3, refused: 0 });
      }),
    ),
    http.patch(
      `${API}/sources/:id`,
      admin((_request, id, body) => {
        const index = sources.findIndex((s) => s.id === id);
        sources[index] = { ...sources[index]!, ...(JSON.parse(body) as Partial<SourceRecord>) };
        return HttpResponse.json(sources[index]);
      }),
    ),
    http.delete(
      `${API}/sources/:id`,
      admin((_request, id) => {
        sources.splice(
          sources.findIndex((s) => s.id === id),
          1,
        );
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  );
  return { sources, calls };
}

function httpSource() {
  return createHttpSource({ baseUrl: API, sleep: vi.fn(async () => {}), maxAttempts: 1 });
}

async function signIn(user: ReturnType<typeof userEvent.setup>, token = TOKEN) {
  await screen.findByRole('list', { name: 'Sources' });
  await user.type(await screen.findByLabelText('Admin token'), token);
  await user.click(screen.getByRole('button', { name: 'Turn on admin controls' }));
}

describe('managing sources in the Sources view', { timeout: 20_000 }, () => {
  it('asks for the token in a labelled field; without one the view stays read-only', async () => {
    fakeAdminApi();
    renderReader('/sources', httpSource());
    expect(await screen.findByLabelText('Admin token')).toHaveAttribute('type', 'password');
    await screen.findByRole('listitem', { name: 'Harbour Gazette' });
    expect(screen.queryByRole('button', { name: 'Add source' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Refresh/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
  });

  it('offers no token field for the bundled stories, which no one administers', async () => {
    renderReader('/sources', memorySource());
    await screen.findByRole('listitem', { name: 'Nordic Wire' });
    expect(screen.queryByLabelText('Admin token')).not.toBeInTheDocument();
  });

  it('says so in words when the server refuses the token, and shows no controls', async () => {
    fakeAdminApi();
    const user = userEvent.setup();
    renderReader('/sources', httpSource());
    await signIn(user, 'a-wrong-token-0000000000');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server refused the admin token.');
    expect(screen.queryByRole('button', { name: 'Add source' })).not.toBeInTheDocument();
  });

  it('adds a source by its address, sending the token, and lists it; the token is in no URL or storage', async () => {
    const api = fakeAdminApi();
    const user = userEvent.setup();
    const { history } = renderReader('/sources', httpSource());
    await signIn(user);
    await user.type(await screen.findByLabelText('Feed or site address'), 'larkmoor.example');
    await user.click(screen.getByRole('button', { name: 'Add source' }));
    expect(await screen.findByText('Added Larkmoor Gazette; its first fetch is due now.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(await screen.findByRole('listitem', { name: 'Larkmoor Gazette' })).toBeInTheDocument();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toBe('{"url":"https://larkmoor.example"}');
    expect(screen.getByLabelText('Feed or site address')).toHaveValue('');
    expect(history.location.href).not.toContain(TOKEN);
    expect(window.location.href).not.toContain(TOKEN);
    expect(JSON.stringify({ ...window.localStorage })).not.toContain(TOKEN);
    expect(JSON.stringify({ ...window.sessionStorage })).not.toContain(TOKEN);
  });

  it('shows why a source could not be added, in words', async () => {
    fakeAdminApi();
    const user = userEvent.setup();
    renderReader('/sources', httpSource());
    await signIn(user);
    await user.type(await screen.findByLabelText('Feed or site address'), 'https://news.example/not-a-feed');
    await user.click(screen.getByRole('button', { name: 'Add source' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'https://news.example/not-a-feed is not a feed, and its page names none.',
    );
  });

  it('refreshes one source and reports what came in', async () => {
    const api = fakeAdminApi();
    const user = userEvent.setup();
    renderReader('/sources', httpSource());
    await signIn(user);
    await user.click(await screen.findByRole('button', { name: 'Refresh Harbour Gazette' }));
    expect(
      await screen.findByText('Refreshed Harbour Gazette: 3 new or changed stories of 4 in the feed.'),
    ).toBeVisible();
    expect(api.calls.map((call) => `${call.method} ${call.path}`)).toContain(
      'POST /api/sources/harbour-gazette/refresh',
    );
  });

  it('changes name, interval and full text, sending only what changed; refuses a bad interval in words', async () => {
    const api = fakeAdminApi();
    const user = userEvent.setup();
    renderReader('/sources', httpSource());
    await signIn(user);
    await user.click(await screen.findByRole('button', { name: 'Edit Harbour Gazette' }));
    const form = screen.getByRole('form', { name: 'Edit Harbour Gazette' });
    const interval = within(form).getByLabelText('Fetch every (minutes)');
    await user.clear(interval);
    await user.type(interval, '2');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('The interval must be a whole number of minutes from 5');

    await user.clear(interval);
    await user.type(interval, '60');
    await user.clear(within(form).getByLabelText('Name'));
    await user.type(within(form).getByLabelText('Name'), 'The Gazette');
    await user.selectOptions(within(form).getByLabelText('Full text'), 'page');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved The Gazette.')).toBeVisible();
    expect(JSON.parse(api.calls.find((call) => call.method === 'PATCH')!.body)).toEqual({
      name: 'The Gazette',
      intervalMinutes: 60,
      fullText: 'page',
    });
    const entry = await screen.findByRole('listitem', { name: 'The Gazette' });
    expect(within(entry).getByText('Fetched every hour')).toBeInTheDocument();
  });

  it('removes a source only after asking, and says its stories stay', async () => {
    const api = fakeAdminApi();
    const user = userEvent.setup();
    renderReader('/sources', httpSource());
    await signIn(user);
    await user.click(await screen.findByRole('button', { name: 'Remove Harbour Gazette' }));
    const ask = screen.getByRole('group', { name: 'Remove Harbour Gazette?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep it' }));
    expect(api.calls.some((call) => call.method === 'DELETE')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Remove Harbour Gazette' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove Harbour Gazette' }));
    expect(await screen.findByText('Removed Harbour Gazette; the stories it brought stay readable.')).toBeVisible();
    expect(await screen.findByText('There are no sources yet.')).toBeInTheDocument();
  });

  it('imports an OPML file and reports what was added and skipped; exports OPML as a download', async () => {
    const api = fakeAdminApi();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:lede-sources');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderReader('/sources', httpSource());
    await signIn(user);
    const opml = '<opml version="2.0"><body><outline xmlUrl="https://quaypost.example/rss"/></body></opml>';
    await user.upload(await screen.findByLabelText('Import an OPML file'), new File([opml], 'feeds.opml'));
    expect(
      await screen.findByText('Imported: 1 source added, 1 skipped (ftp://old.example/: not http(s)).'),
    ).toBeVisible();
    expect(api.calls.find((call) => call.path === '/api/sources/import')?.body).toBe(opml);
    expect(await screen.findByRole('listitem', { name: 'Quay Post' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export OPML' }));
    expect(await screen.findByText('Exported every feed as lede-sources.opml.')).toBeVisible();
    expect(await (created.mock.calls[0]![0] as Blob).text()).toBe('<opml version="2.0"/>');
    expect(clicked).toHaveBeenCalled();
  });

  it('forgets the token on request, back to read-only', async () => {
    fakeAdminApi();
    const user = userEvent.setup();
    renderReader('/sources', httpSource());
    await signIn(user);
    await user.click(await screen.findByRole('button', { name: 'Forget the admin token' }));
    expect(screen.getByLabelText('Admin token')).toHaveValue('');
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
  });
});
