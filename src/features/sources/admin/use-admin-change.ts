import { useMutation, useQueryClient } from '@tanstack/react-query';
import { newsQueries } from '../../../news/queries';
import { adminErrorWords } from './admin-words';

/**
 * One admin change: runs it once (writes are never retried), then refreshes the source list and,
 * when stories may have come or gone, the story lists; says what happened through `announce`.
 */
export function useAdminChange<Input, Result>(
  run: (input: Input) => Promise<Result>,
  { announce, done, touchesStories = false }: AdminChangeOptions<Result>,
) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: run,
    retry: false,
    onSuccess: async (result) => {
      announce(done(result));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: newsQueries.allSources() }),
        touchesStories ? queryClient.invalidateQueries({ queryKey: newsQueries.articles() }) : undefined,
      ]);
    },
  });
  return { ...mutation, errorWords: mutation.error ? adminErrorWords(mutation.error) : null };
}

export interface AdminChangeOptions<Result> {
  announce: (words: string) => void;
  done: (result: Result) => string;
  touchesStories?: boolean;
}
