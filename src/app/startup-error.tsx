import { ErrorPanel } from '../ui/error-panel';

/** Shown instead of the reader when it cannot even start, e.g. config.json is broken. */
export function StartupError({ error }: { error: unknown }) {
  return (
    <main className="mx-auto max-w-xl p-6">
      <h1 className="mb-4 text-2xl font-bold">Lede could not start</h1>
      <ErrorPanel title="The reader's configuration is broken" error={error} onRetry={() => window.location.reload()} />
    </main>
  );
}
