import { useState } from 'react';
import type { SourcesClient } from '../../../news/http/sources-client';
import type { RefreshReport, SourceRecord } from '../../../news/schema/source-record';
import { EditSourceForm } from './edit-source-form';
import { alertClass } from './field-style';
import { useAdminChange } from './use-admin-change';

const control = 'btn min-h-9 px-3 text-sm';

interface SourceActionsProps {
  source: SourceRecord;
  client: SourcesClient;
  announce: (words: string) => void;
}

/** Refresh, change and remove one feed; removing asks first and says its stories stay. */
export function SourceActions({ source, client, announce }: SourceActionsProps) {
  const [open, setOpen] = useState<'edit' | 'remove' | null>(null);
  const refresh = useAdminChange(() => client.refresh(source.id), {
    announce,
    done: (report) => refreshWords(source.name, report),
    touchesStories: true,
  });
  const remove = useAdminChange(() => client.remove(source.id), {
    announce,
    done: () => `Removed ${source.name}; the stories it brought stay readable.`,
  });
  const error = refresh.errorWords ?? remove.errorWords;

  return (
    <div className="w-full">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={control}
          aria-label={`${refresh.isPending ? 'Refreshing' : 'Refresh'} ${source.name}`}
          disabled={refresh.isPending}
          onClick={() => refresh.mutate(undefined)}
        >
          {refresh.isPending ? 'Refreshing…' : 'Refresh'}
        </button>
        <button
          type="button"
          className={control}
          aria-label={`Edit ${source.name}`}
          aria-expanded={open === 'edit'}
          onClick={() => setOpen(open === 'edit' ? null : 'edit')}
        >
          Edit
        </button>
        <button
          type="button"
          className={control}
          aria-label={`Remove ${source.name}`}
          aria-expanded={open === 'remove'}
          onClick={() => setOpen(open === 'remove' ? null : 'remove')}
        >
          Remove
        </button>
      </div>
      {open === 'edit' && (
        <EditSourceForm source={source} client={client} announce={announce} onDone={() => setOpen(null)} />
      )}
      {open === 'remove' && (
        <div
          role="group"
          aria-label={`Remove ${source.name}?`}
          className="mt-3 rounded-md border border-stone-300 p-3 dark:border-stone-700"
        >
          <p className="text-sm">Remove {source.name}? Lede stops fetching it; the stories it brought stay readable.</p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              className={control}
              disabled={remove.isPending}
              onClick={() => remove.mutate(undefined)}
            >
              Yes, remove {source.name}
            </button>
            <button type="button" className={control} onClick={() => setOpen(null)}>
              Keep it
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className={`mt-2 ${alertClass}`}>
          {error}
        </p>
      )}
    </div>
  );
}

function refreshWords(name: string, report: RefreshReport): string {
  if (report.source.health.lastError) return `Refreshed ${name}: ${report.source.health.lastError}.`;
  if (report.notModified) return `Refreshed ${name}: nothing new since the last fetch.`;
  const stories = report.written === 1 ? '1 new or changed story' : `${report.written} new or changed stories`;
  return `Refreshed ${name}: ${stories} of ${report.found} in the feed.`;
}
