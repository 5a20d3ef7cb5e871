import { LoadingRegion, Skeleton } from '../ui/skeleton';

export function FeedSkeleton() {
  return (
    <LoadingRegion label="Loading stories">
      <Skeleton className="h-8 w-56" />
      {Array.from({ length: 6 }, (_, index) => (
        <div key={index} className="border-b border-stone-200 py-4 dark:border-stone-800">
          <Skeleton className="h-5 w-3/4" />
          <Skeleton className="mt-2 h-4 w-full" />
          <Skeleton className="mt-2 h-3 w-40" />
        </div>
      ))}
    </LoadingRegion>
  );
}

export function ArticleSkeleton() {
  return (
    <LoadingRegion label="Loading the story">
      <Skeleton className="h-9 w-3/4" />
      <Skeleton className="mt-3 h-4 w-64" />
      {Array.from({ length: 5 }, (_, index) => (
        <Skeleton key={index} className="mt-6 h-20 w-full" />
      ))}
    </LoadingRegion>
  );
}

export function EntityListSkeleton() {
  return (
    <LoadingRegion label="Loading people and places">
      <Skeleton className="h-6 w-40" />
      {Array.from({ length: 5 }, (_, index) => (
        <Skeleton key={index} className="mt-3 h-10 w-full" />
      ))}
    </LoadingRegion>
  );
}
