import { ErrorPanel } from '../ui/error-panel';

/** The embed could not start (its code or its source failed to load); Retry starts it again in place. */
export function EmbedError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div role="region" aria-label="Lede" className="h-full bg-stone-50 p-4 text-stone-900">
      <ErrorPanel title="Lede could not start" error={error} onRetry={onRetry} />
    </div>
  );
}
