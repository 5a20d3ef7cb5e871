import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { newsQueries } from '../../news/queries';
import { useNewsSource } from '../../news/source-context';

/**
 * Starts loading a story when the reader shows intent (pointer over, focus, finger down), so the
 * story opens with its text instead of a skeleton. A failure here is ignored: opening the story
 * asks again and shows the error where it belongs.
 */
export function usePrefetchStory() {
  const client = useQueryClient();
  const source = useNewsSource();
  const prefetch = useCallback(
    (id: string) => {
      client.query(newsQueries.story(source, id)).catch(() => undefined);
    },
    [client, source],
  );
  return (id: string) => ({
    onMouseEnter: () => prefetch(id),
    onFocus: () => prefetch(id),
    onTouchStart: () => prefetch(id),
  });
}
