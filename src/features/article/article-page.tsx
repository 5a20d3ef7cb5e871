import { useSuspenseQuery } from '@tanstack/react-query';
import { useNewsSource } from '../../news/source-context';
import { RelativeTime } from '../../ui/relative-time';
import { articleQueries } from './queries';

export function ArticlePage({ id }: { id: string }) {
  const source = useNewsSource();
  const { data: article } = useSuspenseQuery(articleQueries.detail(source, id));
  return (
    <article className="max-w-[65ch]">
      <h1 className="text-3xl font-bold leading-tight" dir="auto" tabIndex={-1}>
        {article.title}
      </h1>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
        <span dir="auto">{article.source.name}</span>
        {article.author && (
          <>
            {' '}
            · <span dir="auto">{article.author}</span>
          </>
        )}{' '}
        · <RelativeTime iso={article.publishedAt} /> · {article.readingMinutes} min read
      </p>
      <div className="mt-6 space-y-4 text-lg leading-relaxed">
        {article.body.map((paragraph, index) => (
          <p key={index} dir="auto">
            {paragraph}
          </p>
        ))}
      </div>
    </article>
  );
}
