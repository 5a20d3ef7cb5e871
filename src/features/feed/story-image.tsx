import type { ArticleImage } from '../../news/schema/article';
import { useImageAccess } from '../../ui/image-policy-context';

const BOX =
  'aspect-video h-auto w-24 shrink-0 compact:hidden rounded-md bg-stone-200 object-cover @2xl:w-40 dark:bg-stone-800';

/**
 * A fixed 16:9 box with its size declared up front, so a late image never moves the text around it.
 * An image on a host the reader does not load from unasked keeps its box empty (the story page
 * offers to load it); one that is neither http(s) nor the reader's own is not shown at all.
 */
export function StoryImage({ image }: { image: ArticleImage }) {
  const { access } = useImageAccess(image.url);
  if (access.kind === 'refuse') return null;
  if (access.kind === 'ask') return <div aria-hidden="true" data-image-withheld={access.host} className={BOX} />;
  return (
    <img src={image.url} alt={image.alt} width={160} height={90} loading="lazy" decoding="async" className={BOX} />
  );
}
