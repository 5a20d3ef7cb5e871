import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { SourcesClient } from '../../news/http/sources-client';
import { newsQueries } from '../../news/queries';
import type { SourceRecord } from '../../news/schema/source-record';
import { useNewsSource } from '../../news/source-context';
import { RegionBoundary } from '../../ui/region-boundary';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { AdminPanel } from './admin/admin-panel';
import { AdminSignIn } from './admin/admin-sign-in';
import { useAdminToken } from './admin/admin-token';
import { SourceActions } from './admin/source-actions';
import { SourceEntry } from './source-entry';
import { BundledNote, ReadOnlyNote } from './sources-note';

/**
 * Where the stories come from and how each source is faring: read-only for readers; on a server
 * that takes changes, with its admin token (asked for here, kept in memory) a person manages them.
 */
export function SourcesView() {
  return (
    <section aria-labelledby="sources-heading" className="mx-auto max-w-3xl px-4 py-6">
      <header className="border-b border-stone-200 pb-4 dark:border-stone-800">
        <h1 id="sources-heading" className="text-2xl font-bold tracking-tight">
          Sources
        </h1>
        <p className="mt-1 text-stone-700 dark:text-stone-300">
          The feeds Lede reads, how recently each was fetched and whether it worked.
        </p>
      </header>
      <RegionBoundary what="The sources" fallback={<SourcesSkeleton />}>
        <SourcesBody />
      </RegionBoundary>
    </section>
  );
}

/** The list decides what may be managed: the server says whether it takes changes at all. */
function SourcesBody() {
  const source = useNewsSource();
  const [token, setToken] = useAdminToken(source);
  const [status, setStatus] = useState('');
  const { data, dataUpdatedAt } = useSuspenseQuery({
    ...newsQueries.sources(source),
    // Health moves while the server fetches; an open page keeps up without a reload.
    refetchInterval: 60_000,
  });
  // A server that does not say (writable absent) is asked: it refuses with its own words.
  const manageable = source.sourcesAdmin !== undefined && data.writable !== false;
  const client = useMemo(
    () => (manageable && token && source.sourcesAdmin ? source.sourcesAdmin(token) : null),
    [manageable, token, source],
  );
  return (
    <>
      {!source.sourcesAdmin ? (
        <BundledNote />
      ) : !manageable ? (
        <ReadOnlyNote />
      ) : client ? (
        <AdminPanel client={client} announce={setStatus} onForget={() => setToken(null)} />
      ) : (
        <AdminSignIn clientFor={(value) => source.sourcesAdmin!(value)} onToken={setToken} />
      )}
      <p role="status" className="mt-3 text-sm font-medium empty:hidden">
        {status}
      </p>
      {data.items.length === 0 ? (
        <p className="py-6 text-stone-700 dark:text-stone-300">There are no sources yet.</p>
      ) : (
        <SourceItems
          items={data.items}
          dropped={data.dropped.length}
          now={dataUpdatedAt}
          client={client}
          announce={setStatus}
        />
      )}
    </>
  );
}

interface SourceItemsProps {
  items: SourceRecord[];
  dropped: number;
  now: number;
  client: SourcesClient | null;
  announce: (words: string) => void;
}

function SourceItems({ items, dropped, now, client, announce }: SourceItemsProps) {
  return (
    <>
      {dropped > 0 && (
        <p className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {dropped === 1
            ? '1 source could not be shown because its data was invalid.'
            : `${dropped} sources could not be shown because their data was invalid.`}
        </p>
      )}
      <ul aria-label="Sources" className="divide-y divide-stone-200 dark:divide-stone-800">
        {items.map((item) => (
          <SourceEntry
            key={item.id}
            source={item}
            now={now}
            actions={
              client && item.url !== null ? (
                <SourceActions source={item} client={client} announce={announce} />
              ) : undefined
            }
          />
        ))}
      </ul>
    </>
  );
}

function SourcesSkeleton() {
  return (
    <LoadingRegion label="Loading the sources">
      {[0, 1, 2].map((row) => (
        <div key={row} className="py-4">
          <Skeleton className="h-6 w-48" />
          <Skeleton className="mt-3 h-20 w-full" />
        </div>
      ))}
    </LoadingRegion>
  );
}
