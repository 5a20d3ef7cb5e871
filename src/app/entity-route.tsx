import { getRouteApi } from '@tanstack/react-router';
import { EntityPage } from '../features/entities/entity-page';
import { isNotFound } from '../news/errors';
import { RegionBoundary } from '../ui/region-boundary';
import { NotFoundView } from './not-found-view';
import { ArticleSkeleton } from './skeletons';

const route = getRouteApi('/entities/$id');

export function EntityRoute() {
  const { id } = route.useParams();
  const search = route.useSearch();
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <RegionBoundary
        key={id}
        what="This page"
        fallback={<ArticleSkeleton />}
        renderError={(error) => (isNotFound(error) ? <NotFoundView what="entity" /> : undefined)}
      >
        <EntityPage id={id} search={search} />
      </RegionBoundary>
    </div>
  );
}
