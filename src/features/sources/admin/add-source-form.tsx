import { useId, useState, type FormEvent } from 'react';
import type { SourcesClient } from '../../../news/http/sources-client';
import type { NewSource, SourceRecord } from '../../../news/schema/source-record';
import { alertClass, fieldClass, labelClass } from './field-style';
import { useAdminChange } from './use-admin-change';

interface AddSourceFormProps {
  client: SourcesClient;
  announce: (words: string) => void;
}

/**
 * A feed's address, or a site's whose page names its feed; the server finds the feed and checks it.
 * A bare host (news.example) is taken as https, as people paste them.
 */
export function AddSourceForm({ client, announce }: AddSourceFormProps) {
  const id = useId();
  const [url, setUrl] = useState('');
  const add = useAdminChange((input: NewSource) => client.add(input), {
    announce,
    done: (source: SourceRecord) => `Added ${source.name}; its first fetch is due now.`,
    touchesStories: true,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = url.trim();
    if (!address) return;
    add.mutate(
      { url: /^https?:\/\//i.test(address) ? address : `https://${address}` },
      { onSuccess: () => setUrl('') },
    );
  };

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="font-semibold">
        Add a source
      </h3>
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <label className="flex min-w-64 flex-1 flex-col gap-1">
          <span className={labelClass}>Feed or site address</span>
          <input
            type="text"
            inputMode="url"
            autoComplete="url"
            required
            placeholder="https://news.example/feed.xml"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            aria-describedby={add.errorWords ? `${id}-error` : undefined}
            className={fieldClass}
          />
        </label>
        <button type="submit" className="btn" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add source'}
        </button>
      </div>
      {add.errorWords && (
        <p id={`${id}-error`} role="alert" className={`mt-2 ${alertClass}`}>
          {add.errorWords}
        </p>
      )}
    </form>
  );
}
