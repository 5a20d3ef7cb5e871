import { useQueries } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useNewsSource } from '../../news/source-context';
import { useReading } from '../../reading/reading-context';
import type { ReadingState } from '../../reading/schema';
import { FollowedEntry } from './followed-entry';
import { PageHeader } from './page-header';
import { libraryQueries } from './queries';

const followed = (state: ReadingState) => state.following;

/** Everyone the reader follows, most recently followed first, each with how much is left to read. */
export function FollowingView() {
  const following = useReading(followed);
  const source = useNewsSource();
  const lists = useQueries({ queries: following.map((entity) => libraryQueries.entityStories(source, entity.id)) });

  return (
    <section aria-labelledby="following-heading" className="mx-auto max-w-3xl px-4 py-6">
      <PageHeader title="Following" headingId="following-heading">
        {following.length === 0 ? (
          'You follow no one yet. Follow a person, organization or place from its page, a story’s sidebar or its card (f on the keyboard).'
        ) : (
          <Link to="/" search={{ following: '1' }} className="btn mt-2">
            Show their stories in the feed
          </Link>
        )}
      </PageHeader>
      {following.length > 0 && (
        <ul className="divide-y divide-stone-200 dark:divide-stone-800">
          {following.map((entity, index) => (
            <FollowedEntry key={entity.id} entity={entity} list={lists[index]} />
          ))}
        </ul>
      )}
    </section>
  );
}
