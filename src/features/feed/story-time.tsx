import { absoluteTime, RelativeTime } from '../../ui/relative-time';
import { useHydrated } from '../../ui/use-hydrated';

/**
 * "3 days ago". The exact time is in the tooltip and the accessible name; keyboard users, who get
 * no hover, see it spelled out while focus is inside the card (the card is a `group`).
 */
export function StoryTime({ iso }: { iso: string | null }) {
  // In the reader's own time zone, so not in HTML rendered at build time (nobody has focus yet).
  const hydrated = useHydrated();
  if (iso === null) return <RelativeTime iso={iso} />;
  return (
    <>
      <RelativeTime iso={iso} />
      {hydrated && (
        <span aria-hidden="true" className="hidden group-has-[:focus-visible]:inline">
          {` (${absoluteTime(iso)})`}
        </span>
      )}
    </>
  );
}
