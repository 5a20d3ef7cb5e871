import { useEffect, useState, type ReactNode } from 'react';
import { useOnline } from './use-online';

/** Placeholder blocks with the shape of what is loading, so nothing jumps when it arrives. */
export function Skeleton({ className = '' }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={`animate-pulse rounded bg-stone-200 motion-reduce:animate-none dark:bg-stone-800 ${className}`}
    />
  );
}

/** After this long a slow backend gets a word on screen, so the reader knows Lede is still waiting. */
export const STILL_LOADING_AFTER_MS = 3000;

/**
 * A region loading. Offline it says it is waiting for the connection (nothing is asked for until
 * then); a slow answer is waited for, and after a few seconds the region says so.
 */
export function LoadingRegion({ label, children }: { label: string; children: ReactNode }) {
  const online = useOnline();
  const slow = useElapsed(STILL_LOADING_AFTER_MS);
  const note = !online ? 'You are offline. Waiting for a connection…' : slow ? 'Still loading…' : null;
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="sr-only">{label}</span>
      {note && <p className="mb-3 text-sm font-medium text-stone-700 dark:text-stone-300">{note}</p>}
      {children}
    </div>
  );
}

function useElapsed(ms: number): boolean {
  const [elapsed, setElapsed] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setElapsed(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return elapsed;
}
