import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, lazyRouteComponent, Outlet } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { toStoryFilters, validateFeedSearch } from '../news/feed-search';
import { newsQueries } from '../news/queries';
import type { NewsSource } from '../news/source';
import { AppShell } from './app-shell';
import { ArticleSkeleton, FeedSkeleton } from './skeletons';

// Only a mistyped or stale address shows it; the story and entity pages bring their own copy.
const NotFoundView = lazy(() => import('./not-found-view').then((m) => ({ default: m.NotFoundView })));

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
  notFoundComponent: () => (
    <Suspense fallback={null}>
      <NotFoundView what="page" />
    </Suspense>
  ),
});

/**
 * Every page loads its code on demand, so the first download is the shell (React, the router,
 * the query cache). Each loader starts the page's first request at the same time as its code.
 */
export const feedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validateFeedSearch,
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) => {
    // The followed entities are on the device; the feed itself asks for their stories.
    if (deps.following) return;
    context.queryClient
      .infiniteQuery(newsQueries.storyList(context.source, toStoryFilters(deps)))
      .catch(() => undefined);
  },
  pendingComponent: FeedSkeleton,
  component: lazyRouteComponent(() => import('./feed-route'), 'FeedRoute'),
});

export const articleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/articles/$id',
  validateSearch: validateFeedSearch,
  loader: ({ context, params }) => {
    context.queryClient.query(newsQueries.story(context.source, params.id)).catch(() => undefined);
  },
  pendingComponent: ArticleSkeleton,
  component: lazyRouteComponent(() => import('./article-route'), 'ArticleRoute'),
});

export const entityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/entities/$id',
  validateSearch: validateFeedSearch,
  loader: ({ context, params }) => {
    context.queryClient.query(newsQueries.entity(context.source, params.id)).catch(() => undefined);
  },
  pendingComponent: ArticleSkeleton,
  component: lazyRouteComponent(() => import('./entity-route'), 'EntityRoute'),
});

// The reader's own pages: what is on this device needs no loader.
const savedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/saved',
  component: lazyRouteComponent(() => import('../features/library/saved-view'), 'SavedView'),
});
const followingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/following',
  component: lazyRouteComponent(() => import('../features/library/following-view'), 'FollowingView'),
});
const sourcesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sources',
  loader: ({ context }) => {
    context.queryClient.query(newsQueries.sources(context.source)).catch(() => undefined);
  },
  component: lazyRouteComponent(() => import('../features/sources/sources-view'), 'SourcesView'),
});
const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/settings',
  component: lazyRouteComponent(() => import('../features/settings/settings-view'), 'SettingsView'),
});

export const routeTree = rootRoute.addChildren([
  feedRoute,
  articleRoute,
  entityRoute,
  savedRoute,
  followingRoute,
  sourcesRoute,
  settingsRoute,
]);
