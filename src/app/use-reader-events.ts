import { isCancelledError, type QueryClient } from '@tanstack/react-query';
import type { AnyRouter } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { isAbortError } from '../news/abort';
import { newsQueries } from '../news/queries';
import type { EntityType } from '../news/schema/entity';
import type { NewsSource } from '../news/source';
import { pickedEntities, readerLocation, type ReaderLocation } from './reader-location';

export interface EntitySelection {
  id: string;
  name: string;
  type: EntityType;
}

/** What a reader tells its owner (the embed turns these into DOM events on its element). */
export interface ReaderCallbacks {
  /** After every navigation, the first page included. */
  onNavigate?: (location: ReaderLocation) => void;
  /** The reader picked an entity: opened its page or filtered the feed by it. */
  onEntitySelect?: (entity: EntitySelection) => void;
  /** A request failed for good (after the source's retries); the region shows it too. */
  onError?: (error: { message: string }) => void;
}

export interface ReaderEventsProps {
  router: AnyRouter;
  queryClient: QueryClient;
  source: NewsSource;
  callbacks: ReaderCallbacks;
}

/**
 * A reader's owner that listens (the embed) passes this to NewsReader as `events`; the standalone
 * app listens to nothing, so this code stays out of its first download.
 */
export function ReaderEvents({ router, queryClient, source, callbacks }: ReaderEventsProps): null {
  useReaderEvents(router, queryClient, source, callbacks);
  return null;
}

/**
 * Subscribes once per reader; the latest callbacks are read through a ref, so an owner passing new
 * functions on every render neither resubscribes nor misses a navigation.
 */
export function useReaderEvents(
  router: AnyRouter,
  queryClient: QueryClient,
  source: NewsSource,
  callbacks: ReaderCallbacks,
): void {
  const latest = useRef(callbacks);
  useEffect(() => {
    latest.current = callbacks;
  });

  useEffect(() => {
    let previous: ReaderLocation | null = null;
    return router.subscribe('onResolved', ({ toLocation }) => {
      const location = readerLocation(toLocation.pathname, toLocation.search);
      const picked = pickedEntities(previous, location);
      previous = location;
      latest.current.onNavigate?.(location);
      for (const id of picked) {
        // The entity's name and type come from its record, normally already cached by the page.
        queryClient
          .query(newsQueries.entity(source, id))
          .then((entity) => latest.current.onEntitySelect?.({ id, name: entity.name, type: entity.type }))
          .catch(() => undefined);
      }
    });
  }, [router, queryClient, source]);

  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        const error: unknown = event.action.error;
        if (isAbortError(error) || isCancelledError(error)) return;
        latest.current.onError?.({ message: error instanceof Error ? error.message : String(error) });
      }),
    [queryClient],
  );
}
