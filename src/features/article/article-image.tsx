import type { ArticleImage as Image } from '../../news/schema/article';
import { isHttpUrl } from '../../news/schema/primitives';

/**
 * The lead image in a fixed 16:9 box, so the text below never moves when it loads. Sources send
 * absolute URLs; anything else (a data: or javascript: URL slipping through) is not loaded at all.
 */
export function ArticleImage({ image }: { image: Image }) {
  if (!isHttpUrl(image.url)) return null;
  return (
    <figure className="mt-6">
      <img
        src={image.url}
        alt={image.alt}
        width={1200}
        height={675}
        decoding="async"
        className="aspect-video h-auto w-full rounded-lg bg-stone-200 object-cover dark:bg-stone-800"
      />
      {image.credit && (
        <figcaption className="mt-2 text-xs text-stone-600 dark:text-stone-400">
          Credit: <span dir="auto">{image.credit}</span>
        </figcaption>
      )}
    </figure>
  );
}
