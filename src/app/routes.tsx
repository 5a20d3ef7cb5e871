import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Outlet } from '@tanstack/react-router';
import { ArticlePage } from '../features/article/article-page';
import { validateFeedSearch } from '../features/feed/feed-search';
import { FeedPage } from '../features/feed/feed-page';
import type { NewsSource } from '../news/source';
import { RegionBoundary } from '../ui/region-boundary';
import { isNotFound } from '../news/errors';
import { AppShell } from './app-shell';
import { NotFoundView } from './not-found-view';
import { FeedSkeleton, ArticleSkeleton } from './skeletons';

export interface RouterContext {
  queryClient: QueryClient;
  source: NewsSource;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => (
    <AppShell>
      <Outlet />
    </AppShell>
  ),
  notFoundComponent: () => <NotFoundView what="page" />,
});

const feedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validateFeedSearch,
  component: function FeedRoute() {
    const search = feedRoute.useSearch();
    return (
      <RegionBoundary what="The stories" fallback={<FeedSkeleton />}>
        <FeedPage search={search} />
      </RegionBoundary>
    );
  },
});

const articleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/articles/$id',
  component: function ArticleRoute() {
    const { id } = articleRoute.useParams();
    return (
      <RegionBoundary
        what="The story"
        fallback={<ArticleSkeleton />}
        renderError={(error) => (isNotFound(error) ? <NotFoundView what="story" /> : undefined)}
      >
        <ArticlePage id={id} />
      </RegionBoundary>
    );
  },
});

export const routeTree = rootRoute.addChildren([feedRoute, articleRoute]);
