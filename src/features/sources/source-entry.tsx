import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { isHttpUrl } from '../../news/schema/primitives';
import type { SourceRecord } from '../../news/schema/source-record';
import { HealthTime } from './health-time';
import { itemsWords, noNextFetchWords, statusWords } from '../../news/source-words';

const control = 'btn min-h-9 px-3 text-sm';

const statusTone: Record<SourceRecord['status'], string> = {
  active: 'text-emerald-800 dark:text-emerald-300',
  failing: 'text-red-800 dark:text-red-300',
  paused: 'text-stone-700 dark:text-stone-300',
  bundled: 'text-stone-700 dark:text-stone-300',
};

interface SourceEntryProps {
  source: SourceRecord;
  now: number;
  /** Admin controls (refresh, remove), present only when the reader holds a token. */
  actions?: ReactNode;
}

/** One source: its name and site, what it is doing, its health in words, and its stories. */
export function SourceEntry({ source, now, actions }: SourceEntryProps) {
  const headingId = `source-${source.id}`;
  const { health } = source;
  const noNext = noNextFetchWords(source, now);
  return (
    <li aria-labelledby={headingId} className="py-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id={headingId} className="text-lg leading-snug font-semibold" dir="auto">
          {source.name}
        </h2>
        <p className={`text-sm font-medium ${statusTone[source.status]}`}>{statusWords(source)}</p>
      </div>
      <p className="mt-1 text-sm break-all text-stone-700 dark:text-stone-300">
        {source.siteUrl && isHttpUrl(source.siteUrl) && (
          <a href={source.siteUrl} rel="noopener noreferrer" target="_blank" className="underline">
            {source.siteUrl}
          </a>
        )}
        {source.url && (
          <span className="block">
            Feed: <span dir="ltr">{source.url}</span>
          </span>
        )}
      </p>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <Term>Last fetch</Term>
        <dd>
          <HealthTime iso={health.lastFetchAt} none="never" />
        </dd>
        <Term>Last success</Term>
        <dd>
          <HealthTime iso={health.lastSuccessAt} none="never" />
        </dd>
        <Term>Last error</Term>
        <dd dir="auto" className={health.lastError ? 'text-red-800 dark:text-red-300' : undefined}>
          {health.lastError ?? 'none'}
        </dd>
        <Term>Items seen</Term>
        <dd>{itemsWords(health.itemsSeen)}</dd>
        <Term>Next fetch</Term>
        <dd>{noNext ?? <HealthTime iso={health.nextFetchAt} none="not scheduled yet" />}</dd>
      </dl>
      <div className="mt-3 flex flex-wrap gap-2">
        <Link to="/" search={{ source: source.id }} aria-label={`Stories from ${source.name}`} className={control}>
          Stories
        </Link>
        {actions}
      </div>
    </li>
  );
}

function Term({ children }: { children: ReactNode }) {
  return <dt className="font-medium text-stone-600 dark:text-stone-400">{children}</dt>;
}
