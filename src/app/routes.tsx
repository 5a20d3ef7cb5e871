import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, lazyRouteComponent, Outlet } from '@tanstack/react-router';
import { validateFeedSearch } from '../news/feed-search';
import { newsQueries } from '../news/queries';
import type { NewsSource } from '../news/source';
import { AppShell } from './app-shell';
import { FeedRoute } from './feed-route';
import { NotFoundView } from './not-found-view';

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

export const feedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validateFeedSearch,
  component: FeedRoute,
});

/** Story and entity pages load their code on demand: the first view needs neither. */
export const articleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/articles/$id',
  validateSearch: validateFeedSearch,
  // Start the story's request alongside the route's code instead of after it.
  loader: ({ context, params }) => {
    context.queryClient.query(newsQueries.story(context.source, params.id)).catch(() => undefined);
  },
  component: lazyRouteComponent(() => import('./article-route'), 'ArticleRoute'),
});

export const entityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/entities/$id',
  validateSearch: validateFeedSearch,
  loader: ({ context, params }) => {
    context.queryClient.query(newsQueries.entity(context.source, params.id)).catch(() => undefined);
  },
  component: lazyRouteComponent(() => import('./entity-route'), 'EntityRoute'),
});

export const routeTree = rootRoute.addChildren([feedRoute, articleRoute, entityRoute]);
