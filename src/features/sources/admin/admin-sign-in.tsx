import { useId, useState, type FormEvent } from 'react';
import type { SourcesClient } from '../../../news/http/sources-client';
import { adminErrorWords } from './admin-words';
import { alertClass, fieldClass, labelClass } from './field-style';

interface AdminSignInProps {
  /** A client for a token, to check it before the controls appear. */
  clientFor: (token: string) => SourcesClient;
  onToken: (token: string) => void;
}

/** Asks for the server's admin token and checks it with a harmless admin read (the OPML export). */
export function AdminSignIn({ clientFor, onToken }: AdminSignInProps) {
  const id = useId();
  const [value, setValue] = useState('');
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const token = value.trim();
    if (!token) {
      setError('Enter the admin token the server was started with (LEDE_ADMIN_TOKEN).');
      return;
    }
    setChecking(true);
    setError(null);
    clientFor(token)
      .exportOpml()
      .then(() => onToken(token))
      .catch((failure: unknown) => setError(adminErrorWords(failure)))
      .finally(() => setChecking(false));
  };

  return (
    <form
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      className="mt-4 rounded-md border border-stone-200 p-4 dark:border-stone-800"
    >
      <h2 id={`${id}-title`} className="font-semibold">
        Manage sources
      </h2>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        With the server&apos;s admin token you can add, refresh, change and remove sources. It is kept in this
        tab&apos;s memory only, until you reload.
      </p>
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1">
          <span className={labelClass}>Admin token</span>
          <input
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className={fieldClass}
          />
        </label>
        <button type="submit" className="btn" disabled={checking}>
          {checking ? 'Checking…' : 'Turn on admin controls'}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className={`mt-3 ${alertClass}`}>
          {error}
        </p>
      )}
    </form>
  );
}
