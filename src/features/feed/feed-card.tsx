import { Link } from '@tanstack/react-router';
import type { ArticleSummary } from '../../news/schema/article';
import { RelativeTime } from '../../ui/relative-time';

export function FeedCard({ article }: { article: ArticleSummary }) {
  return (
    <article className="border-b border-stone-200 py-4 dark:border-stone-800">
      <h2 className="text-lg font-semibold leading-snug" dir="auto">
        <Link to="/articles/$id" params={{ id: article.id }} className="hover:underline">
          {article.title}
        </Link>
      </h2>
      <p className="mt-1 text-stone-700 dark:text-stone-300" dir="auto">
        {article.summary}
      </p>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
        <span dir="auto">{article.source.name}</span> · <RelativeTime iso={article.publishedAt} />
      </p>
    </article>
  );
}
