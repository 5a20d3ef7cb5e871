import { lazy, Suspense, useState } from 'react';
import { useShortcut } from '../ui/shortcuts';

// The list itself is needed only once asked for: it stays out of the first download.
const ShortcutHelpDialog = lazy(() =>
  import('./shortcut-help-dialog').then((m) => ({ default: m.ShortcutHelpDialog })),
);

/**
 * "Keyboard shortcuts": a visible button (wide layouts, where a keyboard is likely) and `?` open a
 * modal listing the shortcut map itself. Each request counts up, so the dialog (loaded on the
 * first) opens again on every later one.
 */
export function ShortcutHelp() {
  const [requests, setRequests] = useState(0);
  const open = () => setRequests((count) => count + 1);
  useShortcut('help', open);

  return (
    <>
      <button
        type="button"
        className="btn hidden shrink-0 px-3 text-sm @5xl:inline-flex"
        onClick={open}
        aria-keyshortcuts="?"
      >
        Keyboard shortcuts
      </button>
      {requests > 0 && (
        <Suspense fallback={null}>
          <ShortcutHelpDialog requests={requests} />
        </Suspense>
      )}
    </>
  );
}
