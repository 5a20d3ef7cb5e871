import { Link } from '@tanstack/react-router';
import type { FeedSearch } from '../../news/feed-search';
import type { ArticleSummary } from '../../news/schema/article';
import { usePrefetchStory } from './use-prefetch-story';

interface StoryLinkProps {
  story: ArticleSummary;
  /** Carried to the story so its previous/next and story list follow this feed. */
  search: FeedSearch;
  current?: boolean;
  className?: string;
}

export function StoryLink({ story, search, current = false, className }: StoryLinkProps) {
  const prefetchProps = usePrefetchStory();
  return (
    <Link
      to="/articles/$id"
      params={{ id: story.id }}
      search={search}
      aria-current={current ? 'page' : undefined}
      className={className}
      dir="auto"
      {...prefetchProps(story.id)}
    >
      {story.title}
    </Link>
  );
}
