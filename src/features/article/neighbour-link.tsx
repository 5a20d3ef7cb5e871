import { Link } from '@tanstack/react-router';
import type { FeedSearch } from '../../news/feed-search';
import type { ArticleSummary } from '../../news/schema/article';

interface NeighbourProps {
  story: ArticleSummary;
  search: FeedSearch;
  label: string;
  align?: 'end';
}

export function NeighbourLink({ story, search, label, align }: NeighbourProps) {
  return (
    <Link
      to="/articles/$id"
      params={{ id: story.id }}
      search={search}
      className={`block rounded-lg border border-stone-200 p-3 hover:bg-stone-100 dark:border-stone-800 dark:hover:bg-stone-900 ${align === 'end' ? '@2xl:col-start-2 @2xl:text-end' : ''}`}
    >
      <span className="block text-sm text-stone-600 dark:text-stone-400">{label}</span>
      <span dir="auto" className="mt-1 block font-semibold text-stone-900 dark:text-stone-100">
        {story.title}
      </span>
    </Link>
  );
}
