import { isNewsError } from '../news/errors';

interface ErrorPanelProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
}

/** A failure a person can act on: what failed, why in plain words, and a way to try again. */
export function ErrorPanel({ title, error, onRetry }: ErrorPanelProps) {
  const message = isNewsError(error) || error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-sm" dir="auto">
        {message}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry} className="btn mt-3">
          Retry
        </button>
      )}
    </div>
  );
}
