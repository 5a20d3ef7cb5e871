import { Suspense } from 'react';
import { vi } from 'vitest';
import { ArticleView, type ArticleViewProps } from '../../../src/features/article/article-view';
import type { ImagePolicy } from '../../../src/news/image-policy';
import type { NewsSource } from '../../../src/news/source';
import { memorySource, renderWithReader } from '../../fixtures/reader';

export const KIHARA_STORY = '2026-11-05-kihara-jonson-stockholm';

/** ArticleView on its own, as the article route renders it, with spies for what it reports. */
export function renderArticle(
  props: Partial<ArticleViewProps> = {},
  {
    source = memorySource(),
    path = '/',
    imagePolicy,
  }: { source?: NewsSource; path?: string; imagePolicy?: ImagePolicy } = {},
) {
  const onHighlight = vi.fn<(entityId: string | null) => void>();
  const view = renderWithReader(
    <Suspense fallback={<p>Loading the story</p>}>
      <ArticleView
        id={KIHARA_STORY}
        search={{}}
        highlightedEntityId={null}
        onHighlight={onHighlight}
        renderEntityCard={(entity) => <a href={`/entities/${entity.id}`}>All about {entity.name}</a>}
        {...props}
      />
    </Suspense>,
    { source, path, ...(imagePolicy ? { imagePolicy } : {}) },
  );
  return { ...view, onHighlight };
}
