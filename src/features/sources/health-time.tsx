import { RelativeTime } from '../../ui/relative-time';

/** A health timestamp: "5 minutes ago" with the exact time for hover and screen readers, or words for none. */
export function HealthTime({ iso, none }: { iso: string | null; none: string }) {
  return iso === null ? <>{none}</> : <RelativeTime iso={iso} />;
}
