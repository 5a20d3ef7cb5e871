import { useEffect, useRef, useState } from 'react';
import type { ArticleImage as Image } from '../../news/schema/article';
import { useImageAccess } from '../../ui/image-policy-context';
import { ImagePlaceholder } from './image-placeholder';

const BOX = 'aspect-video h-auto w-full rounded-lg bg-stone-200 object-cover dark:bg-stone-800';

/**
 * The lead image in a fixed 16:9 box, so the text below never moves when it loads. An image on a
 * host the reader does not load from unasked waits in the same box behind "Load image"; one that is
 * not http(s) or the reader's own (a data: or javascript: URL slipping through) never loads.
 */
export function ArticleImage({ image }: { image: Image }) {
  const { access, load } = useImageAccess(image.url);
  const picture = useRef<HTMLImageElement>(null);
  const [asked, setAsked] = useState(false);
  // The button the reader pressed is gone: focus moves to what it loaded, not to the page's start.
  useEffect(() => {
    if (asked && access.kind === 'load') picture.current?.focus();
  }, [asked, access.kind]);
  if (access.kind === 'refuse') return null;
  return (
    <figure className="mt-6">
      {access.kind === 'load' ? (
        <img
          ref={picture}
          src={image.url}
          alt={image.alt}
          width={1200}
          height={675}
          decoding="async"
          tabIndex={asked ? -1 : undefined}
          className={BOX}
        />
      ) : (
        <ImagePlaceholder
          alt={image.alt}
          host={access.host}
          className={BOX}
          onLoad={() => {
            setAsked(true);
            load();
          }}
        />
      )}
      {image.credit && (
        <figcaption className="mt-2 text-xs text-stone-600 dark:text-stone-400">
          Credit: <span dir="auto">{image.credit}</span>
        </figcaption>
      )}
    </figure>
  );
}
