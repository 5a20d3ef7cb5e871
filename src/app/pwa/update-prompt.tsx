import { useState, useSyncExternalStore } from 'react';
import { useOfflineSupport } from './offline-support';
import type { UpdateSignal } from './update-signal';

/** "Update available: reload", when a new version of the app is waiting. */
export function UpdatePrompt() {
  const offline = useOfflineSupport();
  return offline ? <UpdateToast updates={offline.updates} /> : null;
}

/**
 * A popover so it sits in the top layer at the bottom of the window: the shell is a size
 * container, which would pin a fixed element to the shell instead. Never modal and never
 * focused on its own: the reader may be mid-story. The live region around it announces it.
 */
function UpdateToast({ updates }: { updates: UpdateSignal }) {
  const waiting = useSyncExternalStore(updates.subscribe, updates.isWaiting);
  const [dismissed, setDismissed] = useState(false);
  return (
    <div role="status" aria-live="polite">
      {waiting && !dismissed && (
        <div
          popover="manual"
          ref={(element) => element?.showPopover?.()}
          aria-labelledby="lede-update-title"
          className="inset-auto right-4 bottom-4 left-4 mx-auto max-w-md rounded-lg border border-stone-300 bg-white p-4 text-stone-900 shadow-lg dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
        >
          <p id="lede-update-title" className="font-semibold">
            Update available
          </p>
          <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
            A new version of Lede is ready. Reload to use it.
          </p>
          <div className="mt-3 flex justify-end gap-2">
            <button type="button" className="btn" onClick={() => setDismissed(true)}>
              Not now
            </button>
            <button
              type="button"
              className="btn border-stone-900 bg-stone-900 text-white hover:bg-stone-700 dark:border-stone-100 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
              onClick={() => updates.apply()}
            >
              Reload
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
