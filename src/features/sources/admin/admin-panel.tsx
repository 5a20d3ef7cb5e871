import type { SourcesClient } from '../../../news/http/sources-client';
import { AddSourceForm } from './add-source-form';
import { OpmlControls } from './opml-controls';

interface AdminPanelProps {
  client: SourcesClient;
  announce: (words: string) => void;
  onForget: () => void;
}

/** What the admin can do beyond one source: add a source, OPML in and out, and forget the token. */
export function AdminPanel({ client, announce, onForget }: AdminPanelProps) {
  return (
    <section
      aria-labelledby="manage-sources-heading"
      className="mt-4 grid gap-5 rounded-md border border-stone-200 p-4 dark:border-stone-800"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h2 id="manage-sources-heading" className="font-semibold">
            Manage sources
          </h2>
          <p className="text-sm text-stone-700 dark:text-stone-300">Admin controls are on for this tab.</p>
        </div>
        <button type="button" className="btn min-h-9 px-3 text-sm" onClick={onForget}>
          Forget the admin token
        </button>
      </div>
      <AddSourceForm client={client} announce={announce} />
      <OpmlControls client={client} announce={announce} />
    </section>
  );
}
