import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../../src/app/pwa/update-prompt';
import { fakeOfflineSupport, withOfflineSupport } from './offline-fixtures';

describe('UpdatePrompt', () => {
  // jsdom hides [popover] elements and cannot show them: stand in for the browser's top layer.
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'showPopover');
  beforeEach(() => {
    HTMLElement.prototype.showPopover = function showPopover(this: HTMLElement) {
      this.removeAttribute('popover');
    };
  });
  afterEach(() => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'showPopover', original);
    else delete (HTMLElement.prototype as Partial<HTMLElement>).showPopover;
  });

  it('stays silent until a new version is waiting, then Reload applies it', async () => {
    const offline = fakeOfflineSupport();
    render(<UpdatePrompt />, { wrapper: withOfflineSupport(offline) });
    expect(screen.queryByText('Update available')).not.toBeInTheDocument();

    const apply = vi.fn();
    act(() => offline.updates.offer(apply));
    expect(screen.getByRole('status')).toHaveTextContent('Update available');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(apply).toHaveBeenCalledOnce();
  });

  it('Not now puts it away without applying the update', async () => {
    const offline = fakeOfflineSupport();
    const apply = vi.fn();
    offline.updates.offer(apply);
    render(<UpdatePrompt />, { wrapper: withOfflineSupport(offline) });
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByText('Update available')).not.toBeInTheDocument();
    expect(apply).not.toHaveBeenCalled();
  });

  it('renders nothing in a reader without offline support (the embed)', () => {
    const { container } = render(<UpdatePrompt />, { wrapper: withOfflineSupport(null) });
    expect(container).toBeEmptyDOMElement();
  });
});
