import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { SourcesClient } from '../../../news/http/sources-client';
import type { ImportReport } from '../../../news/schema/source-record';
import { adminErrorWords } from './admin-words';
import { alertClass, labelClass } from './field-style';
import { useAdminChange } from './use-admin-change';

interface OpmlControlsProps {
  client: SourcesClient;
  announce: (words: string) => void;
}

/** OPML in (a file from another reader) and out (every feed, downloaded as a file). */
export function OpmlControls({ client, announce }: OpmlControlsProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const importing = useAdminChange((opml: string) => client.importOpml(opml), {
    announce,
    done: importWords,
    touchesStories: true,
  });

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    void file
      .text()
      .then((text) => importing.mutate(text, { onSettled: () => input.current && (input.current.value = '') }));
  };

  const download = () => {
    setExportError(null);
    client
      .exportOpml()
      .then((opml) => {
        const href = URL.createObjectURL(new Blob([opml], { type: 'text/x-opml' }));
        const link = document.createElement('a');
        link.href = href;
        link.download = 'lede-sources.opml';
        link.click();
        setTimeout(() => URL.revokeObjectURL(href), 0);
        announce('Exported every feed as lede-sources.opml.');
      })
      .catch((error: unknown) => setExportError(adminErrorWords(error)));
  };

  const error = importing.errorWords ?? exportError;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="font-semibold">
        OPML
      </h3>
      <div className="mt-2 flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span className={labelClass}>Import an OPML file</span>
          <input
            ref={input}
            type="file"
            accept=".opml,.xml,text/x-opml,text/xml,application/xml"
            onChange={pick}
            disabled={importing.isPending}
            className="text-sm file:mr-3 file:min-h-9 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:font-medium file:text-stone-900 dark:file:border-stone-700 dark:file:bg-stone-900 dark:file:text-stone-100"
          />
        </label>
        <button type="button" className="btn" onClick={download}>
          Export OPML
        </button>
      </div>
      {importing.isPending && <p className="mt-2 text-sm">Importing…</p>}
      {error && (
        <p role="alert" className={`mt-2 ${alertClass}`}>
          {error}
        </p>
      )}
    </section>
  );
}

function importWords(report: ImportReport): string {
  const added = report.added.length === 1 ? '1 source added' : `${report.added.length} sources added`;
  const skipped = report.skipped.map((skip) => `${skip.url || 'an outline'}: ${skip.reason}`);
  return skipped.length === 0
    ? `Imported: ${added}.`
    : `Imported: ${added}, ${skipped.length} skipped (${skipped.join('; ')}).`;
}
