import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { VirtualItem } from '@tanstack/react-virtual';
import { useLayoutEffect, useState } from 'react';

export interface RowSnapshot {
  rows: VirtualItem[];
  offset: number;
}

interface Snapshotting {
  takeSnapshot: () => VirtualItem[];
  scrollOffset: number | null;
}

/*
 * Measured row heights outlive the list: going to a story unmounts the feed, and coming back must
 * lay out the same rows at the same heights, or the restored scroll position lands on other stories.
 * They are kept per QueryClient (one per reader instance), beside the cached pages they describe.
 */
const snapshotsByClient = new WeakMap<QueryClient, Map<string, RowSnapshot>>();

function snapshotsOf(client: QueryClient): Map<string, RowSnapshot> {
  let snapshots = snapshotsByClient.get(client);
  if (!snapshots) {
    snapshots = new Map();
    snapshotsByClient.set(client, snapshots);
  }
  return snapshots;
}

/** The heights (and, for a pane, the scroll offset) this list had when it last unmounted. */
export function useStoredRows(key: string): RowSnapshot | undefined {
  const client = useQueryClient();
  const [stored] = useState(() => snapshotsOf(client).get(key));
  return stored;
}

export function useStoreRowsOnUnmount(key: string, virtualizer: Snapshotting) {
  const client = useQueryClient();
  useLayoutEffect(
    () => () => {
      snapshotsOf(client).set(key, { rows: virtualizer.takeSnapshot(), offset: virtualizer.scrollOffset ?? 0 });
    },
    [client, key, virtualizer],
  );
}
