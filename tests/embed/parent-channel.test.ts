import { describe, expect, it, vi } from 'vitest';
import { connectParent, parentOrigin } from '../../src/embed/parent-channel';

describe('the iframe page and its parent', () => {
  it('accepts only an http(s) origin as the parent', () => {
    expect(parentOrigin('https://portal.example/path?x=1')).toBe('https://portal.example');
    expect(parentOrigin('javascript:alert(1)')).toBeNull();
    expect(parentOrigin('*')).toBeNull();
    expect(parentOrigin(null)).toBeNull();
  });

  it('posts nothing and listens to nothing without a configured origin', () => {
    const postMessage = vi.fn();
    const addEventListener = vi.fn();
    const parent = { postMessage } as unknown as Window;
    const self = { addEventListener } as unknown as Window;
    connectParent({ origin: null, parent, self, content: document.body, onNavigate: vi.fn() });
    expect(postMessage).not.toHaveBeenCalled();
    expect(addEventListener).not.toHaveBeenCalled();
  });

  it('follows navigation messages from the configured origin only', () => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    const parent = { postMessage: vi.fn() } as unknown as Window;
    const onNavigate = vi.fn();
    const disconnect = connectParent({
      origin: 'https://portal.example',
      parent,
      self: window,
      content: document.body,
      onNavigate,
    });
    const send = (origin: string, data: unknown, source: unknown = parent) =>
      window.dispatchEvent(new MessageEvent('message', { origin, data, source: source as Window }));
    send('https://evil.example', { type: 'lede:navigate', to: { entity: 'nato' } });
    send('https://portal.example', { type: 'lede:navigate', to: { entity: 'nato' } }, window);
    send('https://portal.example', { type: 'lede:navigate', to: { href: 'https://evil.example' } });
    expect(onNavigate).not.toHaveBeenCalled();
    send('https://portal.example', { type: 'lede:navigate', to: { entity: 'nato' } });
    expect(onNavigate).toHaveBeenCalledWith({ entity: 'nato' });
    disconnect();
    send('https://portal.example', { type: 'lede:navigate', to: { entity: 'japan' } });
    expect(onNavigate).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
