import { useId, memo } from 'react';
import type { FeedSearch } from '../../news/feed-search';
import type { ArticleSummary } from '../../news/schema/article';
import { useIsRead } from '../../reading/reading-context';
import { UnreadMark } from '../../reading/unread-mark';
import { StoryEntityChips } from './story-entity-chips';
import { StoryImage } from './story-image';
import { StoryLink } from './story-link';
import { StoryTime } from './story-time';

/**
 * A story in the feed's main column: headline, summary, where and when, who is in it. Unread ones
 * are bold with a dot; compact density keeps the headline, source and people only. The data
 * attributes tell the s and m shortcuts which story has focus.
 */
function StoryCardRow({ story, search }: { story: ArticleSummary; search: FeedSearch }) {
  const titleId = useId();
  const read = useIsRead(story.id);
  return (
    <article
      aria-labelledby={titleId}
      data-story-id={story.id}
      data-story-title={story.title}
      className="group border-b border-stone-200 py-5 compact:py-3 dark:border-stone-800"
    >
      <div className="flex gap-4">
        <div className="min-w-0 flex-1">
          <h2
            id={titleId}
            className={`text-[calc(1.125rem*var(--reader-text-scale,1))] leading-snug ${read ? 'font-normal' : 'font-bold'}`}
          >
            {!read && <UnreadMark />}
            <StoryLink
              story={story}
              search={search}
              className="scroll-mt-32 scroll-mb-8 rounded-sm hover:underline focus-visible:underline"
            />
          </h2>
          {story.summary && (
            <p
              className="mt-1 text-[calc(1rem*var(--reader-text-scale,1))] text-stone-700 compact:hidden dark:text-stone-300"
              dir="auto"
            >
              {story.summary}
            </p>
          )}
          <p className="mt-2 text-sm text-stone-600 compact:mt-1 dark:text-stone-400">
            <span dir="auto">{story.source.name}</span>
            <span aria-hidden="true"> · </span>
            <StoryTime iso={story.publishedAt} />
          </p>
          <StoryEntityChips entities={story.entities} search={search} />
        </div>
        {story.image && <StoryImage image={story.image} />}
      </div>
    </article>
  );
}
/** Memoized: scrolling re-renders the list every frame, but a card changes only with its story. */
export const StoryCard = memo(StoryCardRow);
