import { LoadingRegion, Skeleton } from '../../ui/skeleton';

export function TimelineSkeleton() {
  return (
    <LoadingRegion label="Loading stories">
      <Skeleton className="h-6 w-48" />
      {Array.from({ length: 4 }, (_, index) => (
        <div key={index} className="mt-4">
          <Skeleton className="h-5 w-3/4" />
          <Skeleton className="mt-2 h-4 w-40" />
        </div>
      ))}
    </LoadingRegion>
  );
}
