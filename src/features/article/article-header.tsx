import type { ReactNode, Ref } from 'react';
import type { Article } from '../../news/schema/article';
import { RepairNote } from '../../ui/repair-note';
import { ArticleByline } from './article-byline';
import { ArticleImage } from './article-image';

interface ArticleHeaderProps {
  article: Article;
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** Save, read, share: under the byline, above the image, so a phone shows them without scrolling. */
  actions?: ReactNode;
}

export function ArticleHeader({ article, headingId, headingRef, actions }: ArticleHeaderProps) {
  return (
    <header>
      <h1
        ref={headingRef}
        id={headingId}
        tabIndex={-1}
        dir="auto"
        className="scroll-mt-24 text-[clamp(1.75rem,1.2rem+2.2vw,2.75rem)] leading-[1.15] font-bold tracking-tight text-balance text-stone-950 dark:text-stone-50"
      >
        {article.title}
      </h1>
      {article.summary && (
        <p
          dir="auto"
          className="mt-4 font-serif text-[calc(clamp(1.125rem,1rem+0.5vw,1.375rem)*var(--reader-text-scale,1))] leading-normal text-pretty text-stone-700 dark:text-stone-300"
        >
          {article.summary}
        </p>
      )}
      <ArticleByline article={article} />
      {article.repairs && article.repairs.length > 0 && <RepairNote repairs={article.repairs} whose="this story’s" />}
      {actions}
      {article.image && <ArticleImage image={article.image} />}
    </header>
  );
}
