import type { ArticleImage } from '../../news/schema/article';
import { isHttpUrl } from '../../news/schema/primitives';

/** A fixed 16:9 box with its size declared up front, so a late image never moves the text around it. */
export function StoryImage({ image }: { image: ArticleImage }) {
  if (!isHttpUrl(image.url)) return null;
  return (
    <img
      src={image.url}
      alt={image.alt}
      width={160}
      height={90}
      loading="lazy"
      decoding="async"
      className="aspect-video h-auto w-24 shrink-0 compact:hidden rounded-md bg-stone-200 object-cover @2xl:w-40 dark:bg-stone-800"
    />
  );
}
