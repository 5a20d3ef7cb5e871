import type { Root } from 'react-dom/client';

/**
 * Shows why the reader could not start. Its view loads only then, so a start that works never
 * downloads it; should even that fail (offline without the service worker), plain words instead.
 */
export function renderStartupError(root: Root, container: HTMLElement, error: unknown): void {
  import('./startup-error')
    .then(({ StartupError }) => root.render(<StartupError error={error} />))
    .catch(() => {
      root.unmount();
      container.textContent = 'Lede could not start. Reload the page to try again.';
    });
}
