import { useQueries } from '@tanstack/react-query';
import { newsQueries } from '../../news/queries';
import { useNewsSource } from '../../news/source-context';
import { useReading } from '../../reading/reading-context';
import type { ReadingState } from '../../reading/schema';
import { PageHeader } from './page-header';
import { SavedStory } from './saved-story';

const savedIds = (state: ReadingState) => state.saved;

/** Stories kept for later, most recently saved first; each is fetched like any open story. */
export function SavedView() {
  const saved = useReading(savedIds);
  const source = useNewsSource();
  const stories = useQueries({ queries: saved.map((id) => newsQueries.story(source, id)) });

  return (
    <section aria-labelledby="saved-heading" className="mx-auto max-w-3xl px-4 py-6">
      <PageHeader title="Saved stories" headingId="saved-heading">
        {saved.length === 0
          ? 'Nothing saved yet. Save a story (the Save button, or s on the keyboard) to keep it here.'
          : `${saved.length === 1 ? '1 story' : `${saved.length} stories`}, most recently saved first.`}
      </PageHeader>
      {saved.length > 0 && (
        <ul className="divide-y divide-stone-200 dark:divide-stone-800">
          {saved.map((id, index) => (
            <SavedStory key={id} id={id} query={stories[index]} />
          ))}
        </ul>
      )}
    </section>
  );
}
