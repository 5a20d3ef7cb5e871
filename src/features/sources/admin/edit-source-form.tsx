import { useId, useState, type FormEvent } from 'react';
import type { SourcesClient } from '../../../news/http/sources-client';
import {
  MAX_INTERVAL_MINUTES,
  MIN_INTERVAL_MINUTES,
  type FullTextMode,
  type SourcePatch,
  type SourceRecord,
} from '../../../news/schema/source-record';
import { alertClass, fieldClass, labelClass } from './field-style';
import { useAdminChange } from './use-admin-change';

interface EditSourceFormProps {
  source: SourceRecord;
  client: SourcesClient;
  announce: (words: string) => void;
  onDone: () => void;
}

/** Name, refresh interval and full text of one source; only what changed is sent. */
export function EditSourceForm({ source, client, announce, onDone }: EditSourceFormProps) {
  const id = useId();
  const [name, setName] = useState(source.name);
  const [minutesText, setMinutes] = useState(String(source.intervalMinutes));
  const [fullText, setFullText] = useState<FullTextMode>(source.fullText);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useAdminChange((patch: SourcePatch) => client.update(source.id, patch), {
    announce,
    done: (saved) => `Saved ${saved.name}.`,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const minutes = Number(minutesText);
    if (!Number.isInteger(minutes) || minutes < MIN_INTERVAL_MINUTES || minutes > MAX_INTERVAL_MINUTES) {
      setProblem(
        `The interval must be a whole number of minutes from ${MIN_INTERVAL_MINUTES} to ${MAX_INTERVAL_MINUTES}.`,
      );
      return;
    }
    setProblem(null);
    const patch: SourcePatch = {
      ...(name.trim() && name.trim() !== source.name ? { name: name.trim() } : {}),
      ...(minutes !== source.intervalMinutes ? { intervalMinutes: minutes } : {}),
      ...(fullText !== source.fullText ? { fullText } : {}),
    };
    if (Object.keys(patch).length === 0) return onDone();
    save.mutate(patch, { onSuccess: onDone });
  };

  const error = problem ?? save.errorWords;
  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={`Edit ${source.name}`}
      className="mt-3 grid gap-3 rounded-md border border-stone-300 p-3 sm:grid-cols-2 dark:border-stone-700"
    >
      <label className="flex flex-col gap-1">
        <span className={labelClass}>Name</span>
        <input
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={200}
          required
          className={fieldClass}
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className={labelClass}>Fetch every (minutes)</span>
        <input
          type="number"
          min={MIN_INTERVAL_MINUTES}
          max={MAX_INTERVAL_MINUTES}
          step={1}
          value={minutesText}
          onChange={(event) => setMinutes(event.target.value)}
          aria-describedby={error ? `${id}-error` : undefined}
          className={fieldClass}
        />
      </label>
      <label className="flex flex-col gap-1 sm:col-span-2">
        <span className={labelClass}>Full text</span>
        <select
          value={fullText}
          onChange={(event) => setFullText(event.target.value as FullTextMode)}
          className={fieldClass}
        >
          <option value="feed">The feed&apos;s text (each story&apos;s page when the feed has only a summary)</option>
          <option value="page">Always each story&apos;s page</option>
        </select>
      </label>
      <div className="flex gap-2 sm:col-span-2">
        <button type="submit" className="btn min-h-9 px-3 text-sm" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="btn min-h-9 px-3 text-sm" onClick={onDone}>
          Cancel
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className={`sm:col-span-2 ${alertClass}`}>
          {error}
        </p>
      )}
    </form>
  );
}
