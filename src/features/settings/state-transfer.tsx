import { useId, useState, type ChangeEvent } from 'react';
import { parseStoredText } from '../../reading/migrate';
import { useReadingStatus, useReadingStore } from '../../reading/reading-context';

/**
 * Export this device's reading state as a JSON file, and import one (from another device or a
 * backup). An import is checked against the stored-state schema first; a bad file changes nothing
 * and the reader is told what was wrong with it.
 */
export function StateTransfer() {
  const store = useReadingStore();
  const { kept, notice } = useReadingStatus();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const fileId = useId();

  const download = () => {
    const blob = new Blob([JSON.stringify(store.getState(), null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `lede-reading-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parseStoredText(await file.text());
    input.value = '';
    if (!parsed.ok) {
      setResult({
        ok: false,
        text: `Nothing was imported: ${file.name} is not a Lede reading file (${parsed.problem}). Your reading state is unchanged.`,
      });
      return;
    }
    const { state } = parsed;
    store.update(() => state);
    setResult({
      ok: true,
      text: `Imported ${file.name}: ${state.read.length} read, ${state.saved.length} saved, ${state.following.length} followed.`,
    });
  };

  return (
    <section aria-labelledby="your-data" className="mt-10 border-t border-stone-200 pt-6 dark:border-stone-800">
      <h2 id="your-data" className="text-lg font-bold">
        Your reading state
      </h2>
      <p className="mt-1 max-w-prose text-stone-700 dark:text-stone-300">
        What you read, save and follow, and these settings, are kept in this browser only.{' '}
        {kept ? '' : 'Right now they cannot be stored, so they last only for this visit.'}
      </p>
      {notice && <p className="mt-2 text-sm text-amber-900 dark:text-amber-200">{notice}</p>}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="button" className="btn" onClick={download}>
          Export to a file
        </button>
        <label
          htmlFor={fileId}
          className="btn cursor-pointer has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-sky-600"
        >
          Import from a file
          <input
            id={fileId}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            onChange={(event) => void upload(event)}
          />
        </label>
      </div>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">Importing replaces what is stored here.</p>
      <div role="status" className="mt-3">
        {result && (
          <p
            className={
              result.ok ? 'text-emerald-800 dark:text-emerald-300' : 'font-medium text-red-800 dark:text-red-300'
            }
          >
            {result.text}
          </p>
        )}
      </div>
    </section>
  );
}
