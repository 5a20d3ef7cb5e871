import { useCallback, useState } from 'react';
import { markRead, markUnread, unreadAmong } from '../../reading/actions';
import { useReading, useReadingStore } from '../../reading/reading-context';
import type { ReadingState } from '../../reading/schema';

/**
 * "Mark all in this view read" for the stories loaded in the feed, with Undo: the status says how
 * many changed, and Undo marks exactly those unread again (not ones read before).
 */
export function MarkAllRead({ ids }: { ids: readonly string[] }) {
  const store = useReadingStore();
  const [changed, setChanged] = useState<readonly string[] | null>(null);
  const unread = useReading(useCallback((state: ReadingState) => unreadAmong(state, ids).length, [ids]));

  const markAll = () => {
    const fresh = unreadAmong(store.getState(), ids);
    store.update((state) => markRead(state, fresh));
    setChanged(fresh);
  };
  const undo = () => {
    if (changed) store.update((state) => markUnread(state, changed));
    setChanged(null);
  };

  return (
    <>
      <button type="button" className="btn min-h-9 px-3 text-sm" onClick={markAll} disabled={unread === 0}>
        Mark all in this view read
      </button>
      <div role="status" className="flex items-center gap-2 text-sm">
        {changed && (
          <>
            <span>{changed.length === 1 ? 'Marked 1 story read.' : `Marked ${changed.length} stories read.`}</span>
            {changed.length > 0 && (
              <button type="button" className="btn min-h-9 px-3 text-sm" onClick={undo}>
                Undo
              </button>
            )}
          </>
        )}
      </div>
    </>
  );
}
