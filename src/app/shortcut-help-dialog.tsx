import { useEffect, useId, useRef } from 'react';
import { SHORTCUTS } from '../ui/shortcuts';

const KEY_NAME: Record<string, string> = { Enter: 'Enter', Escape: 'Esc' };

/**
 * The shortcut map itself in a native modal <dialog>, in the top layer: it traps focus, closes on
 * Escape and hands focus back to what had it. Opens on mount and whenever `requests` counts up.
 */
export function ShortcutHelpDialog({ requests }: { requests: number }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (!dialogRef.current?.open) dialogRef.current?.showModal();
  }, [requests]);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      className="m-auto w-[min(32rem,calc(100%-2rem))] rounded-lg border border-stone-300 bg-white p-5 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <div className="flex items-center justify-between gap-4">
        <h2 id={titleId} className="text-lg font-bold">
          Keyboard shortcuts
        </h2>
        <button type="button" className="btn px-3 text-sm" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">They do nothing while you type in a field.</p>
      <dl className="mt-4 divide-y divide-stone-200 dark:divide-stone-700">
        {Object.entries(SHORTCUTS).map(([action, { keys, label }]) => (
          <div key={action} className="flex items-center justify-between gap-4 py-2">
            <dt className="flex gap-1">
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && <span className="mr-1 text-sm text-stone-600 dark:text-stone-400">or</span>}
                  <kbd className="rounded border border-stone-300 bg-stone-50 px-2 py-0.5 font-mono text-sm dark:border-stone-600 dark:bg-stone-800">
                    {KEY_NAME[key] ?? key}
                  </kbd>
                </span>
              ))}
            </dt>
            <dd className="text-end text-sm">{label}</dd>
          </div>
        ))}
      </dl>
    </dialog>
  );
}
