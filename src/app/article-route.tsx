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
import { useHydrated } from '../ui/use-hydrated';
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
  const atLeastWide = useFrameAtLeast(1280);
  const atLeastSidebar = useFrameAtLeast(1024);
  // HTML rendered at build time does not know the screen: it carries the people and places both
  // under the headline and beside the story, and the frame's container queries show the one that
  // fits, so a wide screen hydrates the same HTML a phone does. The stories pane of the widest
  // layout keeps its column with a placeholder until the reader knows the screen.
  const known = useHydrated();
  const wide = atLeastWide && !compact;
  const withSidebar = atLeastSidebar && !compact;
  const below = !known ? '@5xl:hidden' : withSidebar ? null : '';
  const beside = !known ? 'hidden @5xl:block' : withSidebar ? '' : null;

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
      {!compact && !known && <div aria-hidden="true" className="hidden @7xl:block" />}
      {known && wide && (
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
          belowHeadlineClassName={compact ? '' : (below ?? '')}
          belowHeadline={
            compact ? (
              <RegionBoundary what="The people and places" fallback={null}>
                <StoryEntityChips articleId={id} search={search} />
              </RegionBoundary>
            ) : below === null ? undefined : (
              entities('collapsible')
            )
          }
        />
      </RegionBoundary>
      {beside !== null && (
        <aside
          aria-label="People and places in this story"
          className={`@5xl:sticky @5xl:top-20 @5xl:self-start ${beside}`}
        >
          {entities('sidebar')}
        </aside>
      )}
    </div>
  );
}
