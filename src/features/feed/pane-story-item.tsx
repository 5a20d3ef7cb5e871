import { useId, memo } from 'react';
import type { FeedSearch } from '../../news/feed-search';
import type { ArticleSummary } from '../../news/schema/article';
import { useIsRead } from '../../reading/reading-context';
import { UnreadMark } from '../../reading/unread-mark';
import { StoryLink } from './story-link';
import { StoryTime } from './story-time';

interface PaneStoryItemProps {
  story: ArticleSummary;
  search: FeedSearch;
  current: boolean;
}

/** A story in the narrow list beside an open story: just enough to pick the next one. */
function PaneStoryItemRow({ story, search, current }: PaneStoryItemProps) {
  const titleId = useId();
  const read = useIsRead(story.id);
  return (
    <article
      aria-labelledby={titleId}
      data-story-id={story.id}
      data-story-title={story.title}
      className={`group border-b border-l-4 border-b-stone-200 px-3 py-3 dark:border-b-stone-800 ${
        current ? 'border-l-sky-700 bg-sky-50 dark:border-l-sky-400 dark:bg-sky-950' : 'border-l-transparent'
      }`}
    >
      <h3 id={titleId} className={`text-sm leading-snug ${read ? 'font-normal' : 'font-bold'}`}>
        {!read && <UnreadMark />}
        <StoryLink story={story} search={search} current={current} className="hover:underline" />
      </h3>
      <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
        <span dir="auto">{story.source.name}</span>
        <span aria-hidden="true"> · </span>
        <StoryTime iso={story.publishedAt} />
      </p>
    </article>
  );
}
/** Memoized: scrolling re-renders the list every frame, but a card changes only with its story. */
export const PaneStoryItem = memo(PaneStoryItemRow);
