import { afterEach, vi } from 'vitest';

/**
 * jsdom lays nothing out, so every element is 0px tall and a virtualizer cannot tell how many rows
 * fit. This gives feed rows (`li[data-index]`) and scroll containers a height, and makes scrolling
 * the window or an element move its offset and fire `scroll`, as a browser would.
 * Spies are restored after each test (restoreMocks in vitest.config.ts).
 */
export function mockLayout({ rowHeight = 200, paneHeight = 600 } = {}) {
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.index === undefined ? 0 : rowHeight;
  });
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('overflow-y-auto') ? paneHeight : 0;
  });
  // Tall enough that no scroll the list asks for is clamped.
  vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockReturnValue(1_000_000);
  scrollWindowTo(0);
  // Browsers fire `scroll` after the frame, never inside the call that scrolled.
  vi.spyOn(window, 'scrollTo').mockImplementation((...args: [ScrollToOptions?] | [number, number]) => {
    const y = typeof args[0] === 'number' ? (args[1] ?? 0) : (args[0]?.top ?? window.scrollY);
    later(() => scrollWindowTo(y));
  });
  // jsdom has no Element.scrollTo at all, so there is nothing to spy on; it is removed after the test.
  HTMLElement.prototype.scrollTo = function (this: HTMLElement, options?: ScrollToOptions | number) {
    if (typeof options === 'object') this.scrollTop = options.top ?? this.scrollTop;
    later(() => this.dispatchEvent(new Event('scroll')));
  };
}

const pending = new Set<ReturnType<typeof setTimeout>>();

/** A scroll a test started must not land in the next test's list. */
function later(run: () => void) {
  const id = setTimeout(() => {
    pending.delete(id);
    run();
  });
  pending.add(id);
}

afterEach(() => {
  pending.forEach(clearTimeout);
  pending.clear();
  Reflect.deleteProperty(HTMLElement.prototype, 'scrollTo');
});

export function scrollWindowTo(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true, writable: true });
  // A window scroll is fired at the document and bubbles to the window, as in a browser.
  document.dispatchEvent(new Event('scroll', { bubbles: true }));
}
