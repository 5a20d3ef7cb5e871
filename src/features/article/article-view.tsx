import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { FeedSearch } from '../../news/feed-search';
import { newsQueries } from '../../news/queries';
import type { ArticleEntity } from '../../news/schema/article';
import { useNewsSource } from '../../news/source-context';
import { markRead } from '../../reading/actions';
import { useReadingStore } from '../../reading/reading-context';
import { ArticleBody } from './article-body';
import { ArticleHeader } from './article-header';
import { OriginalLink } from './original-link';
import { RelatedStories } from './related-stories';
import { StoryActions } from './story-actions';
import { StoryNeighbours } from './story-neighbours';
import { useArrivedByNavigation } from './use-arrived-by-navigation';

export interface ArticleViewProps {
  id: string;
  /** The feed the reader came from: previous/next follow it. */
  search: FeedSearch;
  highlightedEntityId: string | null;
  onHighlight: (entityId: string | null) => void;
  /** The card shown for a mention on hover, focus or tap. */
  renderEntityCard: (entity: ArticleEntity) => ReactNode;
  /** Rendered under the headline (the phone layout puts "People and places" there). */
  belowHeadline?: ReactNode;
  /** Classes for belowHeadline's box (a container query that hides it where it sits elsewhere). */
  belowHeadlineClassName?: string;
}

export function ArticleView({
  id,
  search,
  highlightedEntityId,
  onHighlight,
  renderEntityCard,
  belowHeadline,
  belowHeadlineClassName = '',
}: ArticleViewProps) {
  const source = useNewsSource();
  const { data: article } = useSuspenseQuery(newsQueries.story(source, id));
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opened from outside, the page keeps the browser's own starting focus. Moving between pages of
  // the reader swaps the story under a keyboard or screen reader user, who then lands on its
  // headline; the router has already set the scroll position, so focusing must not scroll.
  const arrived = useArrivedByNavigation();
  const store = useReadingStore();

  // Opening a story marks it read; "Mark unread" undoes that until it is opened again.
  useEffect(() => store.update((state) => markRead(state, [id])), [store, id]);

  useEffect(() => {
    if (arrived) headingRef.current?.focus({ preventScroll: true });
  }, [arrived, id]);

  return (
    <div className="mx-auto w-full max-w-3xl min-w-0">
      <article aria-labelledby={headingId} data-story-id={id} data-story-title={article.title} data-current-story="">
        <ArticleHeader
          article={article}
          headingId={headingId}
          headingRef={headingRef}
          actions={<StoryActions id={id} title={article.title} />}
        />
        {belowHeadline && <div className={`mt-6 ${belowHeadlineClassName}`}>{belowHeadline}</div>}
        <ArticleBody
          article={article}
          highlightedEntityId={highlightedEntityId}
          onHighlight={onHighlight}
          renderEntityCard={renderEntityCard}
        />
        <OriginalLink url={article.url} sourceName={article.source.name} />
      </article>
      <RelatedStories article={article} search={search} />
      <StoryNeighbours id={id} search={search} />
    </div>
  );
}
