import { absoluteTime, RelativeTime } from '../../ui/relative-time';

/**
 * "3 days ago". The exact time is in the tooltip and the accessible name; keyboard users, who get
 * no hover, see it spelled out while focus is inside the card (the card is a `group`).
 */
export function StoryTime({ iso }: { iso: string | null }) {
  if (iso === null) return <RelativeTime iso={iso} />;
  return (
    <>
      <RelativeTime iso={iso} />
      <span aria-hidden="true" className="hidden group-has-[:focus-visible]:inline">
        {` (${absoluteTime(iso)})`}
      </span>
    </>
  );
}
