import { QueryClient } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineNotice } from '../../../src/app/pwa/offline-notice';
import { fakeOfflineSupport, withOfflineSupport } from './offline-fixtures';

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

describe('OfflineNotice', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says the reader is offline and reading saved stories, and refreshes them on reconnect', () => {
    const client = new QueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<OfflineNotice />, { wrapper: withOfflineSupport(fakeOfflineSupport(), client) });
    expect(screen.getByRole('status')).toHaveTextContent('You are offline. Showing stories saved on this device.');
    expect(invalidate).not.toHaveBeenCalled();

    act(() => setOnline(true));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(invalidate).toHaveBeenCalledOnce();
  });

  it('appears when the connection drops', () => {
    render(<OfflineNotice />, { wrapper: withOfflineSupport(fakeOfflineSupport()) });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    act(() => setOnline(false));
    expect(screen.getByRole('status')).toHaveTextContent('You are offline');
  });

  it('is absent from a reader without offline support (the embed)', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { container } = render(<OfflineNotice />, { wrapper: withOfflineSupport(null) });
    expect(container).toBeEmptyDOMElement();
  });
});
