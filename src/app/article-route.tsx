import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { ArticleView } from '../features/article/article-view';
import { EntityCard } from '../features/entities/entity-card';
import { StoryEntities } from '../features/entities/story-entities';
import { StoryEntityChips } from '../features/entities/story-entity-chips';
import { FeedList } from '../features/feed/feed-list';
import { isNotFound } from '../news/errors';
import { RegionBoundary } from '../ui/region-boundary';
import { useFrameAtLeast, useFrameLayout } from '../ui/reader-frame';
import { NotFoundView } from './not-found-view';
import { ArticleSkeleton, EntityListSkeleton, FeedSkeleton } from './skeletons';

const route = getRouteApi('/articles/$id');

/**
 * Three panes on a wide screen (the feed, the story, who is in it), two on a laptop, one column
 * on a phone with "People and places" under the headline. The story and the sidebar share which
 * entity is highlighted; that state lives here because they are separate features.
 */
export function ArticleRoute() {
  const { id } = route.useParams();
  const search = route.useSearch();
  const [highlighted, setHighlighted] = useState<string | null>(null);
  // Compact (a portal's tile): the story alone, who is in it as chips, however wide the tile.
  const compact = useFrameLayout() === 'compact';
  const wide = useFrameAtLeast(1280) && !compact;
  const withSidebar = useFrameAtLeast(1024) && !compact;

  const entities = (variant: 'sidebar' | 'collapsible') => (
    <RegionBoundary what="The people and places" fallback={<EntityListSkeleton />}>
      <StoryEntities
        articleId={id}
        search={search}
        highlightedEntityId={highlighted}
        onHighlight={setHighlighted}
        variant={variant}
      />
    </RegionBoundary>
  );

  return (
    <div
      className={`mx-auto grid gap-8 px-4 py-6 ${compact ? 'max-w-3xl' : 'max-w-[96rem] @5xl:grid-cols-[minmax(0,1fr)_18rem] @7xl:grid-cols-[22rem_minmax(0,1fr)_18rem]'}`}
    >
      {wide && (
        <nav aria-label="Stories" className="sticky top-20 h-[calc(100vh-6rem)] self-start">
          <RegionBoundary what="The stories" fallback={<FeedSkeleton />}>
            <FeedList search={search} variant="pane" currentId={id} />
          </RegionBoundary>
        </nav>
      )}
      <RegionBoundary
        key={id}
        what="The story"
        fallback={<ArticleSkeleton />}
        renderError={(error) => (isNotFound(error) ? <NotFoundView what="story" /> : undefined)}
      >
        <ArticleView
          id={id}
          search={search}
          highlightedEntityId={highlighted}
          onHighlight={setHighlighted}
          renderEntityCard={(entity) => <EntityCard entity={entity} search={search} />}
          belowHeadline={
            compact ? (
              <RegionBoundary what="The people and places" fallback={null}>
                <StoryEntityChips articleId={id} search={search} />
              </RegionBoundary>
            ) : withSidebar ? undefined : (
              entities('collapsible')
            )
          }
        />
      </RegionBoundary>
      {withSidebar && (
        <aside aria-label="People and places in this story" className="@5xl:sticky @5xl:top-20 @5xl:self-start">
          {entities('sidebar')}
        </aside>
      )}
    </div>
  );
}
